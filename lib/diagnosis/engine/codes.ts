// Closed sets shared with the Prisma schema (enums of the same names and values).
// Order matters: STAGES runs from least to most developed, and the other lists
// follow the source's numbering, which is also the deterministic tie-break order.

export const STAGES = ["SURVIVAL", "ADVANCE", "MATURE"] as const;
export type Stage = (typeof STAGES)[number];

export const DIMENSIONS = ["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The ten LPB/BDS services, numbered (1)..(10) in the source. */
export const BDS_SERVICES = [
  "INFORMATION",
  "CONSULTATION",
  "TRAINING",
  "MENTORING",
  "BUSINESS_CONTACT",
  "MARKET_ACCESS",
  "CAPITAL_ACCESS",
  "ORGANISATION_MANAGEMENT",
  "TECHNOLOGY",
  "BUSINESS_PROPOSAL",
] as const;
export type BdsService = (typeof BDS_SERVICES)[number];

/** The five MAP channels, a..e in the source. */
export const FINANCING_CHANNELS = ["LKM", "KSP_USP", "GUARANTEE", "VENTURE_CAPITAL", "INCUBATOR"] as const;
export type FinancingChannel = (typeof FINANCING_CHANNELS)[number];

export const INDICATOR_SOURCES = ["SOURCE_TABLE", "SENTRA"] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export type Level = 1 | 2 | 3 | 4 | 5;

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
