// Public API of the diagnosis engine: pure functions over an instrument version
// and a cluster's scores. No database, no Next.js, no I/O, no clock, no randomness.

export { stageRank, type Level } from "./codes";
export { type Group, type Indicator, type Instrument } from "./instrument";
export { defaultInstrument } from "./default-instrument";
export { type ScoreEntry, type ScoreInput } from "./input";
export type { StageRule } from "./evaluate";
export {
  diagnose,
  type DiagnosedResult,
  type DiagnosisResult,
  type DimensionOutcome,
  type GroupOutcome,
  type IndicatorOutcome,
  type InsufficientResult,
  type MissingGroup,
} from "./score";
export {
  explain,
  type Explanation,
  type GroupContribution,
  type IndicatorContribution,
  type NextStageDistance,
  type ThresholdDistance,
} from "./explain";
export { whatIf, type Improvement, type IndicatorsToAnswer, type WhatIfOptions, type WhatIfResult } from "./what-if";
export { simulate, type SimulationResult, type StageChange } from "./simulate";
export {
  recommend,
  STAGE_EMPHASIS,
  WEAK_LEVEL_MAX,
  type FocusIndicator,
  type Recommendation,
  type ServiceRecommendation,
} from "./recommend";
export { sensitivity, type Perturbation, type Sensitivity } from "./sensitivity";
export { agreement, type AgreementMethod, type AgreementResult, type Disagreement } from "./agreement";
export { instrument2026_2, instrument2026_2Data, MATURE_MIN_LEVELS_2026_2 } from "./default-instrument-2026-2";
export { fixedConditions } from "./what-if";
export type { CriticalWeakness } from "./evaluate";
export type { NotApplicableSummary } from "./score";
