import type { EditResult } from "@/lib/diagnosis/action-results";
import type { Answer, Answers } from "@/lib/diagnosis/answers";
import type { LocalDraft, SavedCopy } from "@/components/diagnosis/local-drafts";

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "error" | "offline" | "conflict" | "invalid" | "closed";
export type ConflictInfo = Extract<EditResult, { kind: "CONFLICT" }>["server"];
type Issue = Extract<EditResult, { kind: "INVALID" }>["issues"][number];

export const DEBOUNCE_MS = 2000;
export const MAX_RETRY_MS = 30_000;
/** The first save of answers restored from the browser, a little sooner than after typing. */
export const RESTORE_MS = 500;

/**
 * Everything autosave knows, as one value. The hook (use-autosave.ts) keeps it, runs
 * the timer the state asks for and talks to the server and localStorage; every
 * decision is made here, in a pure function a unit test drives through its states.
 */
export interface AutosaveState {
  answers: Answers;
  /** The answers the server has at `version` (what the pending count compares with). */
  saved: Answers;
  /** The answers of the save in flight, or null. */
  sending: Answers | null;
  /** The server version the answers are based on. */
  version: number;
  status: SaveStatus;
  savedAt: string | null;
  conflict: ConflictInfo;
  issues: Issue[];
  /** Answers from this browser's pending copy were applied on load. */
  restored: boolean;
  /** A pending copy made on an older version: offered, never applied silently. */
  staleLocal: LocalDraft | null;
  /** Changes not yet on the server (0: nothing to save). */
  changes: number;
  /** The change count a save in flight carries, or null when none is in flight. */
  inflight: number | null;
  /** No autosave starts: a conflict, a closed diagnosis, or a submit under way. */
  blocked: boolean;
  /** Failed saves in a row, for the backoff. */
  attempt: number;
  /** When the next save should start (ms from the event; a new object per request). Null: none planned. */
  timer: { ms: number } | null;
}

export type AutosaveEvent =
  | { type: "edit"; answers: Answers }
  | { type: "restore"; local: LocalDraft }
  | { type: "adoptSaved"; copy: SavedCopy }
  | { type: "saveStarted" }
  | { type: "wentOffline" }
  | { type: "cameOnline" }
  | { type: "saveFinished"; result: EditResult | null; online: boolean }
  | { type: "applyStaleLocal" }
  | { type: "discardStaleLocal" }
  | { type: "resolveConflict"; choice: "mine" | "theirs" }
  | { type: "submitStarted" }
  | { type: "submitFailed" }
  | { type: "submitted" }
  | { type: "submitConflict"; server: ConflictInfo };

/** `savedAt`: when the server's copy was last written (a draft reopened says so), or null for a new one. */
export function initialAutosaveState(answers: Answers, version: number, savedAt: string | null = null): AutosaveState {
  return {
    answers,
    saved: answers,
    sending: null,
    version,
    status: "idle",
    savedAt,
    conflict: null,
    issues: [],
    restored: false,
    staleLocal: null,
    changes: 0,
    inflight: null,
    blocked: false,
    attempt: 0,
    timer: null,
  };
}

/** Whether a save may start now (the hook also checks the browser is online). */
function canSave(s: AutosaveState): boolean {
  return s.inflight === null && !s.blocked && s.changes > 0;
}

function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, DEBOUNCE_MS * 2 ** Math.min(attempt, 4));
}

const plan = (ms: number): AutosaveState["timer"] => ({ ms });

function edited(s: AutosaveState, answers: Answers): AutosaveState {
  const next = { ...s, answers, changes: s.changes + 1 };
  return s.blocked ? next : { ...next, status: "pending", timer: plan(DEBOUNCE_MS) };
}

function blockedBy(s: AutosaveState, server: ConflictInfo): AutosaveState {
  return { ...s, blocked: true, conflict: server, status: server ? "conflict" : "closed", timer: null };
}

export function autosaveReducer(s: AutosaveState, e: AutosaveEvent): AutosaveState {
  switch (e.type) {
    case "edit":
      return edited(s, e.answers);
    case "adoptSaved":
      // A page opened from the service worker's cache may be older than what this browser
      // last saved: the newer saved copy wins (never over edits made since the page opened).
      if (e.copy.version <= s.version || s.changes > 0) return s;
      return { ...s, answers: e.copy.answers, saved: e.copy.answers, version: e.copy.version, savedAt: e.copy.savedAt };
    case "restore":
      // A pending copy on the current version is simply newer: applied and saved soon.
      if (e.local.baseVersion !== s.version) return { ...s, staleLocal: e.local };
      return { ...s, answers: e.local.answers, changes: s.changes + 1, restored: true, status: "pending", timer: plan(RESTORE_MS) };
    case "saveStarted":
      return canSave(s) ? { ...s, inflight: s.changes, sending: s.answers, status: "saving", timer: null } : s;
    case "wentOffline":
      return s.changes > 0 ? { ...s, status: "offline", timer: null } : s;
    case "cameOnline":
      return { ...s, attempt: 0, timer: canSave(s) ? plan(0) : s.timer };
    case "saveFinished":
      return finished({ ...s, inflight: null, sending: null }, s.inflight ?? 0, s.sending, e.result, e.online);
    case "applyStaleLocal":
      return s.staleLocal ? edited({ ...s, staleLocal: null }, s.staleLocal.answers) : s;
    case "discardStaleLocal":
      return { ...s, staleLocal: null };
    case "resolveConflict": {
      if (!s.conflict) return s;
      const base = { ...s, version: s.conflict.version, saved: s.conflict.answers, blocked: false, conflict: null };
      // Keep mine: my answers rebased on the server's version, saved at once.
      if (e.choice === "mine") return { ...edited(base, s.answers), timer: plan(0) };
      return { ...base, answers: s.conflict.answers, changes: 0, savedAt: s.conflict.savedAt ?? null, status: "saved", timer: null };
    }
    case "submitStarted":
      return { ...s, blocked: true, timer: null };
    case "submitFailed":
      // A refused submit (incomplete, invalid, network) leaves the draft editable and saving again.
      return { ...s, blocked: false, timer: s.changes > 0 ? plan(0) : null };
    case "submitted":
      return { ...s, blocked: true, changes: 0, saved: s.answers, timer: null };
    case "submitConflict":
      return blockedBy(s, e.server);
  }
}

function finished(s: AutosaveState, carried: number, sent: Answers | null, result: EditResult | null, online: boolean): AutosaveState {
  if (result?.ok) {
    const saved = {
      ...s,
      saved: sent ?? s.saved,
      attempt: 0,
      version: result.version,
      savedAt: result.savedAt ?? new Date().toISOString(),
      issues: [],
    };
    // Changes made while the save was in flight are saved next.
    if (carried === s.changes) return { ...saved, changes: 0, status: "saved", timer: null };
    return { ...saved, status: "pending", timer: plan(DEBOUNCE_MS) };
  }
  if (result?.kind === "CONFLICT") return blockedBy(s, result.server);
  if (result?.kind === "INVALID") return { ...s, issues: result.issues, status: "invalid", timer: null };
  if (result?.kind === "NOT_FOUND" || result?.kind === "FORBIDDEN" || result?.kind === "UNAUTHENTICATED") {
    return { ...s, blocked: true, status: "closed", timer: null };
  }
  // No answer (network down, server unreachable) or an unexpected error: retry with backoff.
  const attempt = s.attempt + 1;
  return { ...s, attempt, status: online ? "error" : "offline", timer: plan(retryDelay(attempt)) };
}

/** How many answers (indicators) differ from what the server has: the form's "not sent yet" count. */
export function unsentAnswers(s: Pick<AutosaveState, "answers" | "saved">): number {
  if (s.answers === s.saved) return 0;
  const codes = new Set([...Object.keys(s.answers), ...Object.keys(s.saved)]);
  let count = 0;
  for (const code of codes) if (!sameAnswer(s.answers[code], s.saved[code])) count++;
  return count;
}

/** An emptied text is no answer: "" and a missing field are the same. */
function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]) as Set<keyof Answer>;
  for (const key of keys) if ((a?.[key] || undefined) !== (b?.[key] || undefined)) return false;
  return true;
}
