import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { compactAnswers, type Answers } from "@/lib/diagnosis/answers";
import { diagnosisEditWhere, lastSave } from "@/lib/diagnosis/access";
import { findInstrument } from "@/lib/diagnosis/instruments";
import { deleteStoredEvidence, removeDroppedEvidence } from "@/lib/diagnosis/remove-evidence";
import { answerIssues, saveDraftSchema } from "@/lib/diagnosis/schema";
import { ANSWERS_SELECT } from "@/lib/diagnosis/select";
import { nextStatus, type DiagnosisEvent } from "@/lib/diagnosis/transitions";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

/** The columns every edit of a diagnosis reads (save, submit, discard). */
export const EDIT_SELECT = {
  id: true,
  clusterId: true,
  role: true,
  primaryId: true,
  ...ANSWERS_SELECT,
  updatedAt: true,
} as const;

/**
 * Loads a diagnosis the actor may edit and checks new answers against its pinned
 * instrument and the event's place in the transition table. Throws NOT_FOUND
 * (not visible or not editable by this user), CONFLICT (stale version, with the
 * server's copy so the user can compare), or INVALID_INPUT (with issues per indicator).
 */
export async function prepareEdit(
  tx: Tx,
  actor: SessionUser,
  data: { diagnosisId: string; version: number; answers: Answers },
  event: DiagnosisEvent,
) {
  const current = await tx.diagnosis.findFirst({
    where: { AND: [{ id: data.diagnosisId }, diagnosisEditWhere(actor)] },
    select: EDIT_SELECT,
  });
  if (!current) throw new AppError("NOT_FOUND");
  const to = nextStatus(current.status, event);
  if (!to)
    throw new AppError("CONFLICT", `cannot ${event} a ${current.status} diagnosis`, {
      reason: "ILLEGAL_TRANSITION",
      status: current.status,
    });
  if (current.version !== data.version) {
    throw new AppError("CONFLICT", "stale version", {
      reason: "STALE",
      server: { version: current.version, answers: current.answers, ...(await lastSave(tx, current.id)) },
    });
  }
  const instrument = findInstrument(current.instrumentCode, current.instrumentVersion);
  if (!instrument) throw new AppError("INVALID_INPUT", "unknown instrument version");
  // Missing N/A reasons are not refused here: a submit reports them with the unanswered indicators (submissionGaps).
  const issues = answerIssues(instrument, data.answers);
  if (issues.length > 0) throw new AppError("INVALID_INPUT", "invalid answers", { reason: "ANSWERS", issues });
  const answers = compactAnswers(data.answers);
  const fileIds = [...new Set(Object.values(answers).flatMap((a) => (a.fileId ? [a.fileId] : [])))];
  if (fileIds.length > 0) {
    // Under the diagnosis row's lock, so the evidence clean-up (lib/diagnosis/evidence-cleanup.ts)
    // cannot remove a file between this check and the write that points at it.
    await tx.$queryRaw`SELECT 1 FROM diagnosis WHERE id = ${current.id} FOR UPDATE`;
    const owned = await tx.evidenceFile.count({ where: { id: { in: fileIds }, diagnosisId: current.id } });
    if (owned !== fileIds.length)
      throw new AppError("INVALID_INPUT", "file of another diagnosis", {
        reason: "ANSWERS",
        issues: [{ indicator: "", key: "unknownFile" }],
      });
  }
  return { current, to, instrument, answers };
}

/** Writes with optimistic concurrency: a concurrent save makes this one a CONFLICT, nothing written. */
export async function writeAnswers(tx: Tx, id: string, version: number, data: Prisma.DiagnosisUpdateManyMutationInput) {
  const { count } = await tx.diagnosis.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
  return tx.diagnosis.findUniqueOrThrow({ where: { id }, select: { id: true, version: true, status: true, updatedAt: true } });
}

/**
 * Autosave of a draft (or of a returned diagnosis being revised). An evidence
 * file the answers no longer point at is removed: its row with this save, its
 * bytes once the save has committed.
 */
export async function saveDraft({ actor, input, storage = getStorage() }: StorageVerbArgs) {
  if (!can(actor.role, "diagnosis:fill")) throw new AppError("FORBIDDEN");
  const data = saveDraftSchema.parse(input);
  const { result, removedKeys } = await prisma.$transaction(async (tx) => {
    const { current, answers } = await prepareEdit(tx, actor, data as typeof data & { answers: Answers }, "SAVE");
    const removedKeys = await removeDroppedEvidence(tx, actor, current, answers);
    const saved = await writeAnswers(tx, current.id, current.version, { answers: answers as Prisma.InputJsonValue });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.save_draft",
      entityType: "Diagnosis",
      entityId: current.id,
      before: { version: current.version, answers: current.answers },
      after: { version: saved.version, answers },
    });
    return { result: { version: saved.version, savedAt: saved.updatedAt.toISOString() }, removedKeys };
  });
  await deleteStoredEvidence(storage, removedKeys);
  return result;
}
