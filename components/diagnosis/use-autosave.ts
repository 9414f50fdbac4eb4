"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Answer, Answers } from "@/lib/diagnosis/answers";
import { saveDraftAction } from "@/lib/diagnosis/actions";
import type { EditResult } from "@/lib/diagnosis/action-results";
import { clearLocalDrafts, readLocalDraft, writeLocalDraft, type LocalDraft } from "@/components/diagnosis/local-drafts";

export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "error" | "offline" | "conflict" | "invalid" | "closed";
export type ConflictInfo = Extract<EditResult, { kind: "CONFLICT" }>["server"];
export type Issue = Extract<EditResult, { kind: "INVALID" }>["issues"][number];

const DEBOUNCE_MS = 2000;
const MAX_RETRY_MS = 30_000;

/**
 * Answers with autosave: a save a couple of seconds after the last change, the
 * pending copy in localStorage until the server has it, retries with backoff
 * while the network is down, and optimistic concurrency (a stale save becomes a
 * conflict the user resolves; nothing is overwritten silently).
 */
export function useAutosave({ diagnosisId, initialVersion, initialAnswers }: { diagnosisId: string; initialVersion: number; initialAnswers: Answers }) {
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [version, setVersion] = useState(initialVersion);
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [restored, setRestored] = useState(false);
  const [staleLocal, setStaleLocal] = useState<LocalDraft | null>(null);

  const answersRef = useRef(initialAnswers);
  const versionRef = useRef(initialVersion);
  const changeSeq = useRef(0);
  const inflight = useRef(false);
  const blocked = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const schedule = useCallback((ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), ms);
  }, []);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (inflight.current || blocked.current || changeSeq.current === 0) return;
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setStatus("offline");
      return;
    }
    const seq = changeSeq.current;
    const snapshot = answersRef.current;
    inflight.current = true;
    setStatus("saving");
    let result: EditResult | null;
    try {
      result = await saveDraftAction({ diagnosisId, version: versionRef.current, answers: snapshot });
    } catch {
      result = null; // network down or server unreachable
    }
    inflight.current = false;
    if (result?.ok) {
      attempt.current = 0;
      versionRef.current = result.version;
      setVersion(result.version);
      setSavedAt(result.savedAt ?? new Date().toISOString());
      setIssues([]);
      if (seq === changeSeq.current) {
        changeSeq.current = 0;
        clearLocalDrafts(diagnosisId);
        setStatus("saved");
      } else {
        writeLocalDraft(diagnosisId, { answers: answersRef.current, baseVersion: result.version, changedAt: Date.now() });
        schedule(DEBOUNCE_MS);
        setStatus("pending");
      }
      return;
    }
    if (result && result.kind === "CONFLICT") {
      blocked.current = true;
      setConflict(result.server);
      setStatus(result.server ? "conflict" : "closed");
      return;
    }
    if (result && result.kind === "INVALID") {
      setIssues(result.issues);
      setStatus("invalid");
      return;
    }
    if (result && (result.kind === "NOT_FOUND" || result.kind === "FORBIDDEN" || result.kind === "UNAUTHENTICATED")) {
      blocked.current = true;
      setStatus("closed");
      return;
    }
    attempt.current += 1;
    setStatus(typeof navigator !== "undefined" && !navigator.onLine ? "offline" : "error");
    schedule(Math.min(MAX_RETRY_MS, DEBOUNCE_MS * 2 ** Math.min(attempt.current, 4)));
  }, [diagnosisId, schedule]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const commit = useCallback(
    (next: Answers) => {
      answersRef.current = next;
      changeSeq.current += 1;
      setAnswers(next);
      writeLocalDraft(diagnosisId, { answers: next, baseVersion: versionRef.current, changedAt: Date.now() });
      if (!blocked.current) {
        setStatus("pending");
        schedule(DEBOUNCE_MS);
      }
    },
    [diagnosisId, schedule],
  );

  const update = useCallback(
    (code: string, patch: Partial<Answer>, remove: Array<keyof Answer> = []) => {
      const line: Answer = { ...answersRef.current[code], ...patch };
      for (const key of remove) delete line[key];
      commit({ ...answersRef.current, [code]: line });
    },
    [commit],
  );

  // On load: a pending copy on the current version is simply newer (applied and
  // saved); one made on an older version is offered, never applied silently.
  useEffect(() => {
    const local = readLocalDraft(diagnosisId);
    if (!local) return;
    const apply = () => {
      if (local.baseVersion === initialVersion) {
        answersRef.current = local.answers;
        changeSeq.current += 1;
        setAnswers(local.answers);
        setRestored(true);
        setStatus("pending");
        schedule(500);
      } else {
        setStaleLocal(local);
      }
    };
    apply();
  }, [diagnosisId, initialVersion, schedule]);

  useEffect(() => {
    const online = () => {
      attempt.current = 0;
      void flushRef.current();
    };
    const offline = () => {
      if (changeSeq.current > 0) setStatus("offline");
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const applyStaleLocal = useCallback(() => {
    if (!staleLocal) return;
    setStaleLocal(null);
    commit(staleLocal.answers);
  }, [staleLocal, commit]);

  const discardStaleLocal = useCallback(() => {
    clearLocalDrafts(diagnosisId);
    setStaleLocal(null);
  }, [diagnosisId]);

  /** Keep mine: rebase my answers on the server's version and save them. Take theirs: adopt the server's copy. */
  const resolveConflict = useCallback(
    (choice: "mine" | "theirs") => {
      if (!conflict) return;
      versionRef.current = conflict.version;
      setVersion(conflict.version);
      blocked.current = false;
      setConflict(null);
      if (choice === "mine") {
        commit(answersRef.current);
        void flushRef.current();
      } else {
        answersRef.current = conflict.answers;
        changeSeq.current = 0;
        setAnswers(conflict.answers);
        clearLocalDrafts(diagnosisId);
        setSavedAt(conflict.savedAt ?? null);
        setStatus("saved");
      }
    },
    [conflict, commit, diagnosisId],
  );

  /** For submit: no autosave starts meanwhile; waits for one in flight, then hands over answers and version. */
  const beginSubmit = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    blocked.current = true;
    for (let waited = 0; inflight.current && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    return { answers: answersRef.current, version: versionRef.current };
  }, []);

  /** A refused submit (incomplete, invalid, network) leaves the draft editable and saving again. */
  const submitFailed = useCallback(() => {
    blocked.current = false;
    if (changeSeq.current > 0) schedule(0);
  }, [schedule]);

  const onSubmitted = useCallback(() => {
    blocked.current = true;
    changeSeq.current = 0;
    clearLocalDrafts(diagnosisId);
  }, [diagnosisId]);

  const onSubmitConflict = useCallback((server: ConflictInfo) => {
    blocked.current = true;
    setConflict(server);
    setStatus(server ? "conflict" : "closed");
  }, []);

  return {
    answers,
    version,
    status,
    savedAt,
    conflict,
    issues,
    restored,
    staleLocal,
    update,
    flush,
    applyStaleLocal,
    discardStaleLocal,
    resolveConflict,
    beginSubmit,
    submitFailed,
    onSubmitted,
    onSubmitConflict,
  };
}
