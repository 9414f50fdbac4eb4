"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Answer, Answers } from "@/lib/diagnosis/answers";
import { saveDraftAction } from "@/lib/diagnosis/actions";
import type { EditResult } from "@/lib/diagnosis/action-results";
import {
  autosaveReducer,
  initialAutosaveState,
  unsentAnswers,
  type AutosaveEvent,
  type AutosaveState,
  type ConflictInfo,
} from "@/components/diagnosis/autosave-state";
import {
  clearLocalDrafts,
  clearSavedCopies,
  readLocalDraft,
  readSavedCopy,
  writeLocalDraft,
  writeSavedCopy,
} from "@/components/diagnosis/local-drafts";

const SUBMIT_WAIT_MS = 15_000;
const isOnline = () => typeof navigator === "undefined" || navigator.onLine;

/**
 * Answers with autosave: a save a couple of seconds after the last change, the
 * pending copy in localStorage until the server has it, retries with backoff
 * while the network is down, and optimistic concurrency (a stale save becomes a
 * conflict the user resolves; nothing is overwritten silently). Every decision is
 * the pure `autosaveReducer` (autosave-state.ts); this hook runs its timer and its
 * I/O: the server action and the browser's pending copy.
 */
export function useAutosave({
  diagnosisId,
  initialVersion,
  initialAnswers,
  initialSavedAt,
}: {
  diagnosisId: string;
  initialVersion: number;
  initialAnswers: Answers;
  initialSavedAt: string | null;
}) {
  const [state, setState] = useState(() => initialAutosaveState(initialAnswers, initialVersion, initialSavedAt));
  // The same state, readable at once by callbacks that run between renders (timer, network).
  const current = useRef<AutosaveState>(state);
  const inflight = useRef<Promise<unknown> | null>(null);

  const dispatch = useCallback(
    (event: AutosaveEvent): AutosaveState => {
      const before = current.current;
      const next = autosaveReducer(before, event);
      current.current = next;
      setState(next);
      // The browser's pending copy follows the unsaved changes.
      if (next.changes === 0 && before.changes > 0) clearLocalDrafts(diagnosisId);
      else if (next.changes > 0 && (next.answers !== before.answers || next.version !== before.version)) {
        writeLocalDraft(diagnosisId, { answers: next.answers, baseVersion: next.version, changedAt: Date.now() });
      }
      // What the server has, for a form reopened offline from an older cached page.
      if (!next.blocked && next.version > before.version) {
        writeSavedCopy(diagnosisId, { answers: next.saved, version: next.version, savedAt: next.savedAt });
      }
      return next;
    },
    [diagnosisId],
  );

  const flush = useCallback(async () => {
    if (!isOnline()) {
      dispatch({ type: "wentOffline" });
      return;
    }
    if (dispatch({ type: "saveStarted" }).inflight === null) return;
    const { version, answers } = current.current;
    const request = saveDraftAction({ diagnosisId, version, answers }).catch((): EditResult | null => null); // null: network down or server unreachable
    inflight.current = request;
    const result = await request;
    inflight.current = null;
    dispatch({ type: "saveFinished", result, online: isOnline() });
  }, [diagnosisId, dispatch]);

  // The one timer: whatever the state last asked for.
  useEffect(() => {
    if (!state.timer) return;
    const timer = setTimeout(() => void flush(), state.timer.ms);
    return () => clearTimeout(timer);
  }, [state.timer, flush]);

  // On load: a newer saved copy (the page came from the offline cache) is adopted first; then
  // a pending copy on the current version is applied and saved, an older one offered.
  useEffect(() => {
    const saved = readSavedCopy(diagnosisId);
    if (saved) dispatch({ type: "adoptSaved", copy: saved });
    const local = readLocalDraft(diagnosisId);
    if (local) dispatch({ type: "restore", local });
  }, [diagnosisId, dispatch]);

  useEffect(() => {
    const online = () => dispatch({ type: "cameOnline" });
    const offline = () => dispatch({ type: "wentOffline" });
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
    };
  }, [dispatch]);

  const update = useCallback(
    (code: string, patch: Partial<Answer>, remove: Array<keyof Answer> = []) => {
      const answers = current.current.answers;
      const line: Answer = { ...answers[code], ...patch };
      for (const key of remove) delete line[key];
      dispatch({ type: "edit", answers: { ...answers, [code]: line } });
    },
    [dispatch],
  );

  /** For submit: no autosave starts meanwhile; waits for one in flight, then hands over answers and version. */
  const beginSubmit = useCallback(async () => {
    dispatch({ type: "submitStarted" });
    if (inflight.current) await Promise.race([inflight.current, new Promise((r) => setTimeout(r, SUBMIT_WAIT_MS))]);
    return { answers: current.current.answers, version: current.current.version };
  }, [dispatch]);

  return {
    answers: state.answers,
    version: state.version,
    status: state.status,
    savedAt: state.savedAt,
    /** Answers changed here and not yet on the server. */
    unsent: unsentAnswers(state),
    conflict: state.conflict,
    issues: state.issues,
    restored: state.restored,
    staleLocal: state.staleLocal,
    update,
    flush,
    applyStaleLocal: useCallback(() => dispatch({ type: "applyStaleLocal" }), [dispatch]),
    discardStaleLocal: useCallback(() => {
      clearLocalDrafts(diagnosisId);
      dispatch({ type: "discardStaleLocal" });
    }, [diagnosisId, dispatch]),
    /** Keep mine: rebase my answers on the server's version and save them. Take theirs: adopt the server's copy. */
    beginSubmit,
    resolveConflict: useCallback((choice: "mine" | "theirs") => dispatch({ type: "resolveConflict", choice }), [dispatch]),
    /** A refused submit (incomplete, invalid, network) leaves the draft editable and saving again. */
    submitFailed: useCallback(() => dispatch({ type: "submitFailed" }), [dispatch]),
    onSubmitted: useCallback(() => {
      dispatch({ type: "submitted" });
      clearLocalDrafts(diagnosisId);
      clearSavedCopies(diagnosisId);
    }, [diagnosisId, dispatch]),
    onSubmitConflict: useCallback((server: ConflictInfo) => dispatch({ type: "submitConflict", server }), [dispatch]),
  };
}
