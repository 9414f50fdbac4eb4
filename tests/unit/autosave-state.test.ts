import { describe, expect, it } from "vitest";
import {
  DEBOUNCE_MS,
  MAX_RETRY_MS,
  RESTORE_MS,
  autosaveReducer,
  initialAutosaveState,
  unsentAnswers,
  type AutosaveEvent,
  type AutosaveState,
} from "@/components/diagnosis/autosave-state";
import type { Answers } from "@/lib/diagnosis/answers";

const A1: Answers = { G1: { level: 3 } };
const A2: Answers = { G1: { level: 4 } };
const theirs = { version: 7, answers: { G1: { level: 1 } } as Answers, savedAt: "2026-01-01T00:00:00.000Z", savedBy: "Sari" };

function run(events: AutosaveEvent[], from: AutosaveState = initialAutosaveState({}, 1)): AutosaveState {
  return events.reduce(autosaveReducer, from);
}

describe("autosave state", () => {
  it("a reopened draft starts idle but knows when it was last saved", () => {
    expect(initialAutosaveState(A1, 4, "2026-12-02T03:15:00.000Z")).toMatchObject({
      status: "idle",
      savedAt: "2026-12-02T03:15:00.000Z",
      changes: 0,
      timer: null,
    });
    expect(initialAutosaveState(A1, 1).savedAt).toBeNull();
  });

  it("edit → pending (a save planned after the debounce) → saving → saved", () => {
    let s = run([{ type: "edit", answers: A1 }]);
    expect(s).toMatchObject({ status: "pending", changes: 1, timer: { ms: DEBOUNCE_MS } });
    s = autosaveReducer(s, { type: "saveStarted" });
    expect(s).toMatchObject({ status: "saving", inflight: 1, timer: null });
    s = autosaveReducer(s, { type: "saveFinished", result: { ok: true, version: 2, savedAt: "t" }, online: true });
    expect(s).toMatchObject({ status: "saved", version: 2, savedAt: "t", changes: 0, inflight: null, timer: null });
  });

  it("a change made while a save is in flight is saved next, on the new version", () => {
    const s = run([
      { type: "edit", answers: A1 },
      { type: "saveStarted" },
      { type: "edit", answers: A2 },
      { type: "saveStarted" }, // the timer fires while the first save is in flight: nothing starts
      { type: "saveFinished", result: { ok: true, version: 2 }, online: true },
    ]);
    expect(s).toMatchObject({ status: "pending", version: 2, answers: A2, changes: 2, inflight: null, timer: { ms: DEBOUNCE_MS } });
    expect(run([{ type: "saveStarted" }], s)).toMatchObject({ status: "saving", inflight: 2 });
  });

  it("offline: no save starts; a failed save retries with growing backoff; back online saves at once", () => {
    let s = run([{ type: "edit", answers: A1 }, { type: "wentOffline" }]);
    expect(s).toMatchObject({ status: "offline", timer: null });
    s = run([{ type: "saveStarted" }, { type: "saveFinished", result: null, online: false }], s);
    expect(s).toMatchObject({ status: "offline", attempt: 1, changes: 1, timer: { ms: 2 * DEBOUNCE_MS } });
    for (let i = 0; i < 6; i++) s = run([{ type: "saveStarted" }, { type: "saveFinished", result: null, online: false }], s);
    expect(s.timer).toEqual({ ms: MAX_RETRY_MS });
    s = autosaveReducer(s, { type: "cameOnline" });
    expect(s).toMatchObject({ attempt: 0, timer: { ms: 0 } });
  });

  it("an unexpected server error is 'error' (online) and retried", () => {
    const s = run([
      { type: "edit", answers: A1 },
      { type: "saveStarted" },
      { type: "saveFinished", result: { ok: false, kind: "ERROR" }, online: true },
    ]);
    expect(s).toMatchObject({ status: "error", attempt: 1, timer: { ms: 2 * DEBOUNCE_MS } });
  });

  it("going offline with nothing unsaved changes nothing", () => {
    const s = initialAutosaveState({}, 1);
    expect(autosaveReducer(s, { type: "wentOffline" })).toBe(s);
  });

  it("conflict: autosave stops until the user chooses; 'mine' rebases and saves at once, 'theirs' adopts the server copy", () => {
    const conflicted = run([
      { type: "edit", answers: A1 },
      { type: "saveStarted" },
      { type: "saveFinished", result: { ok: false, kind: "CONFLICT", server: theirs }, online: true },
    ]);
    expect(conflicted).toMatchObject({ status: "conflict", blocked: true, conflict: theirs, timer: null });
    // Edits while in conflict are kept but start no save.
    const edited = autosaveReducer(conflicted, { type: "edit", answers: A2 });
    expect(edited).toMatchObject({ status: "conflict", answers: A2, timer: null });
    expect(autosaveReducer(edited, { type: "saveStarted" })).toBe(edited);

    const mine = autosaveReducer(edited, { type: "resolveConflict", choice: "mine" });
    expect(mine).toMatchObject({ version: 7, answers: A2, blocked: false, conflict: null, status: "pending", timer: { ms: 0 } });
    const taken = autosaveReducer(edited, { type: "resolveConflict", choice: "theirs" });
    expect(taken).toMatchObject({
      version: 7,
      answers: theirs.answers,
      changes: 0,
      status: "saved",
      savedAt: theirs.savedAt,
      blocked: false,
    });
  });

  it("closed: a conflict without a server copy, or a diagnosis gone, forbidden or signed out, stops autosave for good", () => {
    for (const result of [
      { ok: false, kind: "CONFLICT", server: null },
      { ok: false, kind: "NOT_FOUND" },
      { ok: false, kind: "FORBIDDEN" },
      { ok: false, kind: "UNAUTHENTICATED" },
    ] as const) {
      const s = run([{ type: "edit", answers: A1 }, { type: "saveStarted" }, { type: "saveFinished", result, online: true }]);
      expect(s).toMatchObject({ status: "closed", blocked: true, timer: null });
      expect(run([{ type: "edit", answers: A2 }, { type: "saveStarted" }], s)).toMatchObject({ status: "closed", inflight: null });
    }
  });

  it("invalid answers are shown and not retried until the next change", () => {
    const issues = [{ indicator: "G1", key: "levelRange" }];
    const s = run([
      { type: "edit", answers: A1 },
      { type: "saveStarted" },
      { type: "saveFinished", result: { ok: false, kind: "INVALID", issues }, online: true },
    ]);
    expect(s).toMatchObject({ status: "invalid", issues, timer: null });
    expect(autosaveReducer(s, { type: "edit", answers: A2 })).toMatchObject({ status: "pending", timer: { ms: DEBOUNCE_MS } });
  });

  it("a pending copy from this browser: applied when on the same version, offered when older", () => {
    const same = run([{ type: "restore", local: { answers: A1, baseVersion: 1, changedAt: 0 } }]);
    expect(same).toMatchObject({ answers: A1, restored: true, status: "pending", changes: 1, timer: { ms: RESTORE_MS } });
    const older = run([{ type: "restore", local: { answers: A1, baseVersion: 0, changedAt: 0 } }]);
    expect(older).toMatchObject({ answers: {}, staleLocal: { baseVersion: 0 }, status: "idle", timer: null });
    expect(autosaveReducer(older, { type: "applyStaleLocal" })).toMatchObject({ answers: A1, staleLocal: null, status: "pending" });
    expect(autosaveReducer(older, { type: "discardStaleLocal" })).toMatchObject({ answers: {}, staleLocal: null });
  });

  it("submit: blocks autosave; a refused submit saves again at once; a done submit leaves nothing unsaved", () => {
    const submitting = run([{ type: "edit", answers: A1 }, { type: "submitStarted" }]);
    expect(submitting).toMatchObject({ blocked: true, timer: null });
    expect(autosaveReducer(submitting, { type: "saveStarted" })).toBe(submitting);
    expect(autosaveReducer(submitting, { type: "submitFailed" })).toMatchObject({ blocked: false, timer: { ms: 0 } });
    expect(autosaveReducer(submitting, { type: "submitted" })).toMatchObject({ blocked: true, changes: 0 });
    expect(autosaveReducer(submitting, { type: "submitConflict", server: null })).toMatchObject({ status: "closed", blocked: true });
  });

  it("counts the answers not yet on the server: edits add, a save in flight counts until it lands", () => {
    let s = initialAutosaveState({ G1: { level: 3 }, G2: { level: 2 } }, 1);
    expect(unsentAnswers(s)).toBe(0);
    s = run([{ type: "edit", answers: { G1: { level: 4 }, G2: { level: 2 }, G3: { level: 1 } } }], s);
    expect(unsentAnswers(s)).toBe(2);
    s = run([{ type: "saveStarted" }, { type: "edit", answers: { ...s.answers, G2: { level: 5 } } }], s);
    expect(unsentAnswers(s)).toBe(3);
    s = run([{ type: "saveFinished", result: { ok: true, version: 2 }, online: true }], s);
    // The save carried G1 and G3; G2 changed after it left.
    expect(unsentAnswers(s)).toBe(1);
    // An emptied note is no change from no note.
    expect(unsentAnswers({ answers: { G1: { level: 1, evidence: "" } }, saved: { G1: { level: 1 } } })).toBe(0);
  });

  it("a conflict resolved either way counts against the server's answers", () => {
    const conflicted = run([
      { type: "edit", answers: A2 },
      { type: "saveStarted" },
      { type: "saveFinished", result: { ok: false, kind: "CONFLICT", server: theirs }, online: true },
    ]);
    expect(unsentAnswers(run([{ type: "resolveConflict", choice: "mine" }], conflicted))).toBe(1);
    expect(unsentAnswers(run([{ type: "resolveConflict", choice: "theirs" }], conflicted))).toBe(0);
  });

  it("a page older than this browser's saved copy (opened from the offline cache) adopts the copy, then its pending edits", () => {
    const cached = initialAutosaveState(A1, 3, "2026-12-01T00:00:00.000Z");
    const copy = { answers: A2, version: 5, savedAt: "2026-12-02T00:00:00.000Z" };
    let s = autosaveReducer(cached, { type: "adoptSaved", copy });
    expect(s).toMatchObject({ answers: A2, version: 5, savedAt: copy.savedAt, status: "idle", changes: 0 });
    expect(unsentAnswers(s)).toBe(0);
    // The unsent edits made offline were based on the copy's version: applied, and counted.
    s = autosaveReducer(s, { type: "restore", local: { answers: { G1: { level: 5 } }, baseVersion: 5, changedAt: 1 } });
    expect(s).toMatchObject({ restored: true, version: 5, status: "pending" });
    expect(unsentAnswers(s)).toBe(1);
    // A copy no newer than the page, or arriving after edits, changes nothing.
    expect(autosaveReducer(cached, { type: "adoptSaved", copy: { ...copy, version: 3 } })).toBe(cached);
    const edited = autosaveReducer(cached, { type: "edit", answers: A2 });
    expect(autosaveReducer(edited, { type: "adoptSaved", copy })).toBe(edited);
  });
});
