// Chart colours: distinguishable for the common colour-vision deficiencies
// (blue/orange/green/grey families, different lightness) and dark enough against
// white for the 3:1 non-text contrast of WCAG 2.1.
export const STAGE_COLORS = { SURVIVAL: "#c2410c", ADVANCE: "#1d4ed8", MATURE: "#047857", NONE: "#64748b" } as const;
export const DIRECTION_COLORS = { UP: "#047857", SAME: "#64748b", DOWN: "#b91c1c" } as const;
export const MONEY_COLORS = { allocated: "#1d4ed8", disbursed: "#047857", outstanding: "#c2410c" } as const;
export const STATUS_COLORS = { DRAFT: "#64748b", SUBMITTED: "#c2410c", RETURNED: "#b91c1c", APPROVED: "#047857" } as const;
export const PRIMARY_COLOR = "#047857";

/** Sequential scale for the map (light → dark green), five classes. */
export const MAP_SCALE = ["#d1fae5", "#6ee7b7", "#10b981", "#047857", "#064e3b"] as const;
export const MAP_NO_DATA = "#e2e8f0";
