// The move picker's search bounds, shared by its schema (schema.ts) and the picker in the
// browser, which does not ship zod.

export const MOVE_SEARCH_MIN = 2;
export const MOVE_SEARCH_MAX = 100;
