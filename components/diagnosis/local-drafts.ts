import type { Answers } from "@/lib/diagnosis/answers";

// Pending (unsaved) answers kept in the browser, keyed by diagnosis id and the
// server version they are based on, so a closed tab or a dropped network loses
// nothing and a copy made on an older version is recognised as such.

export interface LocalDraft {
  answers: Answers;
  baseVersion: number;
  changedAt: number;
}

const PREFIX = "sentra:diagnosis:";
const keyOf = (id: string, baseVersion: number) => `${PREFIX}${id}:${baseVersion}`;

function keysFor(id: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key?.startsWith(`${PREFIX}${id}:`)) keys.push(key);
  }
  return keys;
}

export function writeLocalDraft(id: string, draft: LocalDraft): void {
  try {
    for (const key of keysFor(id)) if (key !== keyOf(id, draft.baseVersion)) window.localStorage.removeItem(key);
    window.localStorage.setItem(keyOf(id, draft.baseVersion), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: autosave to the server still works.
  }
}

/** The newest pending copy for this diagnosis, if any. */
export function readLocalDraft(id: string): LocalDraft | null {
  try {
    let newest: LocalDraft | null = null;
    for (const key of keysFor(id)) {
      const parsed = JSON.parse(window.localStorage.getItem(key) ?? "null") as LocalDraft | null;
      if (parsed && typeof parsed.baseVersion === "number" && parsed.answers && (!newest || parsed.changedAt > newest.changedAt))
        newest = parsed;
    }
    return newest;
  } catch {
    return null;
  }
}

export function clearLocalDrafts(id: string): void {
  try {
    for (const key of keysFor(id)) window.localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
