// The monitoring domain's closed code lists, without zod (client forms import them;
// schema.ts builds its enums from them).

export const AGENDA_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE"] as const;
export type AgendaStatusCode = (typeof AGENDA_STATUSES)[number];
export const OUTCOME_SOURCES = ["SURVEY", "BPS", "ESTIMATE"] as const;
