// Public API of the diagnosis engine: pure functions over an instrument version
// and a cluster's scores. No database, no Next.js, no I/O, no clock, no randomness.

export { stageRank, type Level } from "./codes";
export { type Group, type Indicator, type Instrument } from "./instrument";
export { defaultInstrument } from "./default-instrument";
export { type ScoreEntry, type ScoreInput } from "./input";
export type { StageRule } from "./evaluate";
export { diagnose, type DiagnosedResult, type DiagnosisResult } from "./score";
export { explain, type Explanation } from "./explain";
export { whatIf, type WhatIfResult } from "./what-if";
export { recommend, type Recommendation } from "./recommend";
export { sensitivity } from "./sensitivity";
export { agreement } from "./agreement";
