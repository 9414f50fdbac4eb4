// Size limits of a diagnosis answer, shared by the server's schemas (schema.ts) and the
// form in the browser. Kept apart from schema.ts so that the form does not ship zod.

/** Longest reason or evidence note, in characters. */
export const MAX_TEXT = 2000;
/** Largest evidence file, in bytes (5 MB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
