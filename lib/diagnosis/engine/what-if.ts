import { STAGES, stageRank, type Dimension, type Level, type Stage } from "./codes";
import { compileInstrument, type CompiledInstrument } from "./compile";
import { EngineError } from "./errors";
import { decideStage, dimensionScore, evaluate, isBelowMinimum, isGroupSufficient } from "./evaluate";
import { MISSING, parseScoreInput, type ScoreInput } from "./input";
import type { Instrument } from "./instrument";

// The what-if is exact. For a target stage the constraints are linear in the
// steps k_i added to indicator i: per dimension sum(w_i*k_i) >= needD, and (for
// MATURE) per growth-opportunity group sum(w_i*k_i) >= needG. Dimensions share
// no indicators, so each is solved alone. Inside a group the most gain for t
// steps is its t heaviest unit steps (every step of indicator i adds w_i), so a
// group needs at least m_g steps, the shortest prefix reaching needG. The group
// gains are concave in t, so after those forced prefixes the most gain for any
// further number of steps comes from taking the heaviest remaining unit steps
// across groups. Walking that order until the dimension need is met gives the
// fewest steps and, among plans with that many, the largest sum(w_i*k_i): the
// tie-break "prefer heavier indicators". Steps of equal weight go to the
// indicator listed first in the instrument. Only scored indicators are raised:
// N/A stays N/A and unanswered stays unanswered, because answering one changes
// the denominators (it can lower a score) and is a data task, not an improvement.

interface Improvement {
  indicator: string;
  group: string;
  dimension: Dimension;
  weight: number;
  fromLevel: Level;
  toLevel: Level;
  steps: number;
}

export interface IndicatorsToAnswer {
  group: string;
  /** Fewest unanswered indicators (heaviest first) whose answers meet the share. */
  indicators: string[];
  /** Set when every indicator is N/A: those N/A decisions must be reviewed. */
  reviewNotApplicable: string[];
}

export type WhatIfResult =
  | { status: "INSUFFICIENT_DATA"; toAnswer: IndicatorsToAnswer[] }
  | { status: "NO_NEXT_STAGE"; stage: "MATURE" }
  /** Only possible with options.fixed: the other indicators cannot reach the target. */
  | { status: "UNREACHABLE"; from: Stage; target: Stage }
  | {
      status: "PLAN";
      from: Stage;
      target: Stage;
      totalSteps: number;
      /** sum of weight x steps, the tie-break quantity. */
      weightedSteps: number;
      improvements: Improvement[];
      resultingStage: Stage;
      resultingScores: Record<Dimension, number>;
    };

export interface WhatIfOptions {
  /** Defaults to the stage after the current one. */
  target?: Stage;
  /**
   * Indicator codes the plan must not raise, e.g. geographic location, which no
   * programme changes. Unknown codes are an error.
   */
  fixed?: readonly string[];
}

/** Indicators the instrument marks as fixed conditions (what-if never raises them). */
export function fixedConditions(instrument: Instrument): string[] {
  return compileInstrument(instrument)
    .indicators.filter((i) => !i.actionable)
    .map((i) => i.code);
}

const ceilDiv2500 = (n: number) => (n <= 0 ? 0 : Math.ceil(n / 2500));

/**
 * Steps to add per indicator index, or null when the fixed indicators make the
 * target unreachable. `steps` must be a sufficient state.
 */
export function planSteps(
  compiled: CompiledInstrument,
  steps: readonly number[],
  target: Stage,
  fixed: ReadonlySet<number> = new Set(),
): number[] | null {
  const r = compiled.rules;
  const added = new Array<number>(steps.length).fill(0);
  // Critical minima (2026.2): every plan to MATURE raises each indicator below its
  // minimum to it, so those steps are forced; the rest is the same problem from
  // the raised state, and forced + its optimum is optimal for the whole.
  if (target === "MATURE" && r.hasMatureMinimum) {
    const raised = [...steps];
    for (const ind of compiled.indicators) {
      const step = steps[ind.index]!;
      if (!isBelowMinimum(ind, step)) continue;
      if (step < 0 || fixed.has(ind.index)) return null;
      added[ind.index] = ind.matureMinStep - step;
      raised[ind.index] = ind.matureMinStep;
    }
    steps = raised;
  }
  const ev = evaluate(compiled, steps, compiled.baseWeights);
  const dimThreshold = target === "MATURE" ? r.mature100 : r.survival100;
  for (const dimension of ["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const) {
    const needD = ceilDiv2500(dimThreshold * ev.dimScoredW[dimension] - 2500 * ev.dimSumWS[dimension]);
    let gain = 0;
    const rest: number[] = [];
    for (const g of compiled.dimensionGroups[dimension]) {
      const unitSteps = unitStepsOf(compiled, steps, g, fixed);
      const guarded = target === "MATURE" && dimension === "GROWTH_OPPORTUNITY";
      const needG = guarded ? ceilDiv2500(r.matureGroup100 * ev.groupScoredW[g]! - 2500 * ev.groupSumWS[g]!) : 0;
      let groupGain = 0;
      let taken = 0;
      while (groupGain < needG) {
        if (taken === unitSteps.length) return null;
        const i = unitSteps[taken++]!;
        groupGain += compiled.baseWeights[i]!;
        added[i]! += 1;
      }
      gain += groupGain;
      for (let t = taken; t < unitSteps.length; t++) rest.push(unitSteps[t]!);
    }
    rest.sort(byWeightThenOrder(compiled));
    for (let t = 0; gain < needD; t++) {
      if (t === rest.length) return null;
      const i = rest[t]!;
      gain += compiled.baseWeights[i]!;
      added[i]! += 1;
    }
  }
  return added;
}

function byWeightThenOrder(compiled: CompiledInstrument) {
  return (a: number, b: number) => compiled.baseWeights[b]! - compiled.baseWeights[a]! || a - b;
}

/** Each possible +1 step of the group's scored indicators, heaviest first. */
function unitStepsOf(compiled: CompiledInstrument, steps: readonly number[], g: number, fixed: ReadonlySet<number>): number[] {
  const out: number[] = [];
  const members = compiled.groups[g]!.indicators.filter((i) => !fixed.has(i)).sort(byWeightThenOrder(compiled));
  for (const i of members) {
    const step = steps[i]!;
    for (let s = step; s >= 0 && s < 4; s++) out.push(i);
  }
  return out;
}

export function whatIfFromState(compiled: CompiledInstrument, steps: readonly number[], options: WhatIfOptions = {}): WhatIfResult {
  if (options.target !== undefined && !STAGES.includes(options.target)) {
    throw new EngineError("INVALID_INPUT", `target must be one of ${STAGES.join(", ")}, got ${String(options.target)}`);
  }
  const fixed = fixedIndices(compiled, options.fixed);
  const ev = evaluate(compiled, steps, compiled.baseWeights);
  const short = compiled.groups.filter((g) => !isGroupSufficient(compiled, ev, g.index));
  if (short.length > 0) return { status: "INSUFFICIENT_DATA", toAnswer: short.map((g) => toAnswer(compiled, steps, g.index)) };
  const from = decideStage(compiled, ev);
  if (!options.target && from === "MATURE") return { status: "NO_NEXT_STAGE", stage: "MATURE" };
  const target = options.target ?? STAGES[stageRank(from) + 1]!;
  const added = stageRank(target) <= stageRank(from) ? new Array<number>(steps.length).fill(0) : planSteps(compiled, steps, target, fixed);
  if (added === null) return { status: "UNREACHABLE", from, target };
  const after = steps.map((s, i) => s + added[i]!);
  const evAfter = evaluate(compiled, after, compiled.baseWeights);
  const improvements: Improvement[] = [];
  let weightedUnits = 0;
  added.forEach((k, i) => {
    if (k === 0) return;
    const ind = compiled.indicators[i]!;
    weightedUnits += k * ind.weightUnits;
    improvements.push({
      indicator: ind.code,
      group: compiled.groups[ind.group]!.code,
      dimension: ind.dimension,
      weight: ind.def.weight,
      fromLevel: (steps[i]! + 1) as Level,
      toLevel: (after[i]! + 1) as Level,
      steps: k,
    });
  });
  return {
    status: "PLAN",
    from,
    target,
    totalSteps: added.reduce((a, b) => a + b, 0),
    weightedSteps: weightedUnits / 1000,
    improvements,
    resultingStage: decideStage(compiled, evAfter),
    resultingScores: {
      GROWTH_OPPORTUNITY: dimensionScore(evAfter, "GROWTH_OPPORTUNITY"),
      ACTION_CAPACITY: dimensionScore(evAfter, "ACTION_CAPACITY"),
    },
  };
}

/** options.fixed plus the instrument's fixed conditions (not actionable). */
function fixedIndices(compiled: CompiledInstrument, codes: readonly string[] = []): Set<number> {
  const fixed = new Set(compiled.indicators.filter((i) => !i.actionable).map((i) => i.index));
  return new Set([
    ...fixed,
    ...codes.map((code) => {
      const index = compiled.byCode.get(code);
      if (index === undefined)
        throw new EngineError("UNKNOWN_INDICATOR", `fixed indicator ${code} is not in the instrument`, { indicator: code });
      return index;
    }),
  ]);
}

function toAnswer(compiled: CompiledInstrument, steps: readonly number[], g: number): IndicatorsToAnswer {
  const group = compiled.groups[g]!;
  const ev = evaluate(compiled, steps, compiled.baseWeights);
  const unanswered = group.indicators.filter((i) => steps[i] === MISSING).sort(byWeightThenOrder(compiled));
  if (unanswered.length === 0) {
    return { group: group.code, indicators: [], reviewNotApplicable: group.indicators.map((i) => compiled.indicators[i]!.code) };
  }
  // Fewest answers: the heaviest first reach any weight target soonest.
  const applicable = group.weightUnits - ev.groupNaW[g]!;
  let scored = ev.groupScoredW[g]!;
  const chosen: string[] = [];
  for (const i of unanswered) {
    if (scored > 0 && scored * 100 >= compiled.rules.share100 * applicable) break;
    scored += compiled.baseWeights[i]!;
    chosen.push(compiled.indicators[i]!.code);
  }
  return { group: group.code, indicators: chosen, reviewNotApplicable: [] };
}

/**
 * The fewest rubric steps on scored indicators that lift the cluster to the next
 * stage (or to options.target); ties go to heavier indicators.
 */
export function whatIf(instrument: Instrument, input: ScoreInput, options: WhatIfOptions = {}): WhatIfResult {
  const compiled = compileInstrument(instrument);
  return whatIfFromState(compiled, parseScoreInput(compiled, input).steps, options);
}
