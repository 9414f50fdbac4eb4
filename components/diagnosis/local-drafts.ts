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

/**
 * The answers this browser last saved, with their version: a form opened offline from
 * the service worker's cache shows the page as it was when cached, and this copy brings
 * it up to what the server has since (docs/offline.md). One per diagnosis; removed on
 * submit, discard and sign-out.
 */
export interface SavedCopy {
  answers: Answers;
  version: number;
  savedAt: string | null;
}

const SAVED_PREFIX = "sentra:diagnosis-saved:";

export function writeSavedCopy(id: string, copy: SavedCopy): void {
  try {
    window.localStorage.setItem(`${SAVED_PREFIX}${id}`, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the form then opens offline as it was cached.
  }
}

export function readSavedCopy(id: string): SavedCopy | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(`${SAVED_PREFIX}${id}`) ?? "null") as SavedCopy | null;
    return parsed && typeof parsed.version === "number" && parsed.answers ? parsed : null;
  } catch {
    return null;
  }
}

/** One diagnosis's saved copy, or (no id: on sign-out) every one. Unsent drafts stay: they are work not yet on the server. */
export function clearSavedCopies(id?: string): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(id ? `${SAVED_PREFIX}${id}` : SAVED_PREFIX)) keys.push(key);
    }
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}

export function clearLocalDrafts(id: string): void {
  try {
    for (const key of keysFor(id)) window.localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
