export const STAGE_FILTERS = ["SURVIVAL", "ADVANCE", "MATURE", "NONE"] as const;
