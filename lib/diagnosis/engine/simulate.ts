import { stageRank, type Stage } from "./codes";
import { compileInstrument } from "./compile";
import { hashState, parseScoreInput, type ScoreEntry, type ScoreInput } from "./input";
import type { Instrument } from "./instrument";
import { buildResult, type DiagnosisResult } from "./score";

interface StageChange {
  from: Stage | null;
  to: Stage | null;
  /** NOT_COMPARABLE when either side has insufficient data. */
  direction: "UP" | "DOWN" | "SAME" | "NOT_COMPARABLE";
}

export interface SimulationResult {
  before: DiagnosisResult;
  after: DiagnosisResult;
  stageChange: StageChange;
  /** Indicators whose answer the edits actually changed. */
  changed: string[];
}

/**
 * Applies edited answers (each replaces that indicator's line, same shape as an
 * input line) and scores before and after, for the UI's what-if sliders.
 */
export function simulate(instrument: Instrument, input: ScoreInput, edits: readonly ScoreEntry[]): SimulationResult {
  const compiled = compileInstrument(instrument);
  const base = parseScoreInput(compiled, input);
  // Edits go through the same validation as an input (codes, levels, reasons, no repeats).
  const edit = parseScoreInput(compiled, { scores: edits });
  const steps = [...base.steps];
  const reasons = new Map(base.reasons);
  const changed: string[] = [];
  const touched = new Set(edits.map((e) => e.indicator));
  edit.steps.forEach((step, i) => {
    if (!touched.has(compiled.indicators[i]!.code)) return;
    const reason = edit.reasons.get(i);
    if (steps[i] !== step || reasons.get(i) !== reason) changed.push(compiled.indicators[i]!.code);
    steps[i] = step;
    if (reason === undefined) reasons.delete(i);
    else reasons.set(i, reason);
  });
  const before = buildResult(compiled, base.steps, base.reasons, base.hash);
  const after = buildResult(compiled, steps, reasons, hashState(compiled, steps, reasons));
  return { before, after, stageChange: compareStages(before.stage, after.stage), changed };
}

function compareStages(from: Stage | null, to: Stage | null): StageChange {
  if (from === null || to === null) return { from, to, direction: "NOT_COMPARABLE" };
  const delta = stageRank(to) - stageRank(from);
  return { from, to, direction: delta > 0 ? "UP" : delta < 0 ? "DOWN" : "SAME" };
}
