import type { DiagnosisStatus } from "@/lib/generated/prisma/enums";

// The one table of a diagnosis's life: DRAFT -> SUBMITTED -> (RETURNED ->
// SUBMITTED)* -> APPROVED. SAVE is the self-loop of an editable diagnosis. Every
// verb asks this table; anything not in it is refused on the server.

export type DiagnosisEvent = "SAVE" | "SUBMIT" | "RETURN" | "APPROVE";

export const TRANSITIONS = {
  DRAFT: { SAVE: "DRAFT", SUBMIT: "SUBMITTED" },
  SUBMITTED: { RETURN: "RETURNED", APPROVE: "APPROVED" },
  RETURNED: { SAVE: "RETURNED", SUBMIT: "SUBMITTED" },
  APPROVED: {},
} as const satisfies Record<DiagnosisStatus, Partial<Record<DiagnosisEvent, DiagnosisStatus>>>;

export function nextStatus(from: DiagnosisStatus, event: DiagnosisEvent): DiagnosisStatus | null {
  const row: Partial<Record<DiagnosisEvent, DiagnosisStatus>> = TRANSITIONS[from];
  return row[event] ?? null;
}

export function canTransition(from: DiagnosisStatus, event: DiagnosisEvent): boolean {
  return nextStatus(from, event) !== null;
}

/** Statuses in which the assessor still edits the answers. */
export const EDITABLE_STATUSES = (Object.keys(TRANSITIONS) as DiagnosisStatus[]).filter((s) => canTransition(s, "SAVE"));
/** Statuses of a diagnosis still in the workflow. */
export const OPEN_STATUSES: DiagnosisStatus[] = ["DRAFT", "SUBMITTED", "RETURNED"];
/**
 * Statuses a diagnosis may be discarded in (deleted, with an audit row that keeps
 * its content): only a draft never submitted. Once submitted it is part of the
 * record, and a returned one has a reviewer's comments.
 */
export const DISCARDABLE_STATUSES: DiagnosisStatus[] = ["DRAFT"];
