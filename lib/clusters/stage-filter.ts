export const STAGE_FILTERS = ["SURVIVAL", "ADVANCE", "MATURE", "NONE"] as const;
export type StageFilter = (typeof STAGE_FILTERS)[number];
