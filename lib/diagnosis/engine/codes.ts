// Closed sets shared with the Prisma schema (enums of the same names and values).
// Order matters: STAGES runs from least to most developed, and the other lists
// follow the source's numbering, which is also the deterministic tie-break order.

export const STAGES = ["SURVIVAL", "ADVANCE", "MATURE"] as const;
export type Stage = (typeof STAGES)[number];

export const DIMENSIONS = ["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

// The BDS services and MAP channels are the support domain's codes, defined once in a
// pure constants file the engine may import (it has no imports of its own).
export { BDS_SERVICES, FINANCING_CHANNELS, type BdsService, type FinancingChannel } from "../../support/codes";

export const INDICATOR_SOURCES = ["SOURCE_TABLE", "SENTRA"] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export type Level = 1 | 2 | 3 | 4 | 5;

export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}
