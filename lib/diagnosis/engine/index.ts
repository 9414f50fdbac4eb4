// Public API of the diagnosis engine: pure functions over an instrument version
// and a cluster's scores. No database, no Next.js, no I/O, no clock, no randomness.

export { BDS_SERVICES, FINANCING_CHANNELS, stageRank, type Level, type Stage } from "./codes";
export { parseInstrument, type Group, type Indicator, type Instrument } from "./instrument";
export { defaultInstrument } from "./default-instrument";
export { instrument2026_2, instrument2026_2Data } from "./default-instrument-2026-2";
export { type ScoreEntry, type ScoreInput } from "./input";
export type { CriticalWeakness, StageRule } from "./evaluate";
export { diagnose, type DiagnosedResult, type DiagnosisResult } from "./score";
export { explain, type Explanation } from "./explain";
export { fixedConditions, whatIf, type WhatIfResult } from "./what-if";
export { recommend, type Recommendation } from "./recommend";
export { sensitivity } from "./sensitivity";
export { agreement } from "./agreement";
