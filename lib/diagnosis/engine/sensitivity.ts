import type { Stage } from "./codes";
import { decideStage, evaluate } from "./evaluate";
import type { Instrument } from "./instrument";
import { stateFromResult, type DiagnosisResult } from "./score";

interface Perturbation {
  kind: "GROUP" | "INDICATOR";
  code: string;
  /** UP multiplies the weight(s) by 1+delta, DOWN by 1-delta. */
  direction: "UP" | "DOWN";
  stage: Stage;
}

export type Sensitivity =
  | { status: "INSUFFICIENT_DATA" }
  | {
      status: "DIAGNOSED";
      stage: Stage;
      delta: number;
      /** True when at least one single perturbation changes the stage. */
      borderline: boolean;
      checked: number;
      flips: Perturbation[];
    };

/**
 * Moves one weight at a time by +/- borderlineWeightDelta: each group's weight
 * (all its indicators scaled together, which moves only the dimension score) and
 * each indicator's weight, and reports the moves that change the stage.
 * Sufficiency is not re-judged: it is a question of data, not of weighting.
 * Exact: a perturbed weight is w*(100 +/- d) against w*100 for the others, all
 * integers.
 */
export function sensitivity(
  instrument: Instrument,
  result: DiagnosisResult,
  options: { level?: "GROUP" | "INDICATOR" | "BOTH" } = {},
): Sensitivity {
  const { compiled, steps } = stateFromResult(instrument, result);
  if (result.status === "INSUFFICIENT_DATA") return { status: "INSUFFICIENT_DATA" };
  const level = options.level ?? "BOTH";
  const d = compiled.rules.delta100;
  const scaled = compiled.baseWeights.map((w) => w * 100);
  const flips: Perturbation[] = [];
  let checked = 0;
  const tryWeights = (kind: Perturbation["kind"], code: string, members: readonly number[]) => {
    // An indicator that is not scored has no weight in any score: moving it changes nothing.
    if (!members.some((i) => steps[i]! >= 0)) return;
    for (const direction of ["UP", "DOWN"] as const) {
      const factor = direction === "UP" ? 100 + d : 100 - d;
      const weights = [...scaled];
      for (const i of members) weights[i] = compiled.baseWeights[i]! * factor;
      const stage = decideStage(compiled, evaluate(compiled, steps, weights));
      checked += 1;
      if (stage !== result.stage) flips.push({ kind, code, direction, stage });
    }
  };
  if (level !== "INDICATOR") for (const g of compiled.groups) tryWeights("GROUP", g.code, g.indicators);
  if (level !== "GROUP") for (const ind of compiled.indicators) tryWeights("INDICATOR", ind.code, [ind.index]);
  return {
    status: "DIAGNOSED",
    stage: result.stage,
    delta: compiled.instrument.rules.borderlineWeightDelta,
    borderline: flips.length > 0,
    checked,
    flips,
  };
}
