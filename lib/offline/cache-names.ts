/**
 * Names shared by the service worker (lib/offline/sw.ts) and the page that clears
 * caches on sign-out (components/offline/clear-offline-data.ts).
 */
export const FORMS_CACHE = "sentra-forms";
export const STATIC_CACHE = "sentra-static";
export const OFFLINE_URL = "/offline";
/** A diagnosis form: the only pages kept for use offline. */
export const FORM_PATH = /^\/diagnoses\/[^/]+\/edit$/;
/** The caches holding a user's pages (the precache holds only the build's files and /offline). */
export const PERSONAL_CACHES = [FORMS_CACHE];
