import { DIMENSIONS, type Dimension, type Stage } from "./codes";
import { meets, toScore, type CompiledIndicator, type CompiledInstrument } from "./compile";
import { NOT_APPLICABLE } from "./input";

/** Integer sums (weight units) per group and dimension for one cluster. */
export interface Evaluation {
  readonly groupScoredW: number[];
  readonly groupSumWS: number[];
  readonly groupNaW: number[];
  readonly dimScoredW: Record<Dimension, number>;
  readonly dimSumWS: Record<Dimension, number>;
  /** Indicators below their mature minimum (or critical and without a level); 0 under 2026.1. */
  readonly belowMinimum: number;
}

// The dimension score is the weighted mean over the dimension's scored
// indicators, not a mean of group means: a group then weighs what its answered
// indicators weigh, and an unanswered indicator does not inflate its group's
// siblings. Unanswered and N/A indicators are left out of both sums.
export function evaluate(compiled: CompiledInstrument, steps: readonly number[], weights: readonly number[]): Evaluation {
  const groupCount = compiled.groups.length;
  const groupScoredW = new Array<number>(groupCount).fill(0);
  const groupSumWS = new Array<number>(groupCount).fill(0);
  const groupNaW = new Array<number>(groupCount).fill(0);
  // Plain locals, not keyed stores: this loop runs ~60 times per sensitivity check.
  let goW = 0;
  let goWS = 0;
  let acW = 0;
  let acWS = 0;
  let belowMinimum = 0;
  const indicators = compiled.indicators;
  for (let i = 0; i < indicators.length; i++) {
    const step = steps[i]!;
    const indicator = indicators[i]!;
    if (isBelowMinimum(indicator, step)) belowMinimum += 1;
    const group = indicator.group;
    const w = weights[i]!;
    if (step >= 0) {
      groupScoredW[group]! += w;
      groupSumWS[group]! += w * step;
      if (indicator.dimension === "GROWTH_OPPORTUNITY") {
        goW += w;
        goWS += w * step;
      } else {
        acW += w;
        acWS += w * step;
      }
    } else if (step === NOT_APPLICABLE) {
      groupNaW[group]! += w;
    }
  }
  const dimScoredW = { GROWTH_OPPORTUNITY: goW, ACTION_CAPACITY: acW };
  const dimSumWS = { GROWTH_OPPORTUNITY: goWS, ACTION_CAPACITY: acWS };
  return { groupScoredW, groupSumWS, groupNaW, dimScoredW, dimSumWS, belowMinimum };
}

/**
 * A critical weakness: a scored level below the indicator's mature minimum, or no
 * level at all (N/A or unanswered) on an indicator with its own minimum, which
 * must be assessed before a cluster can be called mature.
 */
export function isBelowMinimum(indicator: CompiledIndicator, step: number): boolean {
  return step >= 0 ? step < indicator.matureMinStep : indicator.critical;
}

/**
 * A group has enough data when its scored weight is at least the required share
 * of its applicable weight (N/A indicators are taken out of the base) and is not
 * zero. Judged with the instrument's own weights, never perturbed ones.
 */
export function isGroupSufficient(compiled: CompiledInstrument, ev: Evaluation, g: number): boolean {
  const scored = ev.groupScoredW[g]!;
  const group = compiled.groups[g]!;
  const applicable = group.weightUnits - ev.groupNaW[g]!;
  const fraction = compiled.rules.scoredFraction;
  return (
    scored > 0 &&
    scored * 100 >= compiled.rules.share100 * applicable &&
    (fraction === null || scored * fraction.den >= fraction.num * group.weightUnits)
  );
}

/** Whether the group has enough scored weight against its whole weight (always true under 2026.1). */
export function hasEnoughScoredWeight(compiled: CompiledInstrument, ev: Evaluation, g: number): boolean {
  const fraction = compiled.rules.scoredFraction;
  return fraction === null || ev.groupScoredW[g]! * fraction.den >= fraction.num * compiled.groups[g]!.weightUnits;
}

export type StageRule =
  | {
      readonly code: "SURVIVAL_DIMENSION_BELOW";
      readonly params: { survivalBelow: number; dimensions: Array<{ dimension: Dimension; score: number }> };
    }
  | {
      readonly code: "ADVANCE_NOT_MATURE";
      readonly params: {
        matureAtLeast: number;
        matureMinGroup: number;
        dimensionsBelow: Array<{ dimension: Dimension; score: number }>;
        groupsBelow: Array<{ group: string; score: number }>;
        /** Only under a version with mature minimum levels (2026.2). */
        criticalWeaknesses?: CriticalWeakness[];
      };
    }
  | {
      readonly code: "MATURE_ALL_MET";
      readonly params: { matureAtLeast: number; matureMinGroup: number; weakestGroup: { group: string; score: number } };
    };

export interface CriticalWeakness {
  indicator: string;
  group: string;
  /** null when the indicator has no level (N/A or unanswered). */
  level: number | null;
  minLevel: number;
}

/** Needs every group to have scored weight (guaranteed once data is sufficient). */
export function decideStage(compiled: CompiledInstrument, ev: Evaluation): Stage {
  const r = compiled.rules;
  for (const d of DIMENSIONS) if (!meets(ev.dimSumWS[d], ev.dimScoredW[d], r.survival100)) return "SURVIVAL";
  for (const d of DIMENSIONS) if (!meets(ev.dimSumWS[d], ev.dimScoredW[d], r.mature100)) return "ADVANCE";
  // Weakest-link guard: a cluster is not mature while one growth-opportunity
  // factor group lags, however strong the others make the dimension mean.
  for (const g of compiled.dimensionGroups.GROWTH_OPPORTUNITY) {
    if (!meets(ev.groupSumWS[g]!, ev.groupScoredW[g]!, r.matureGroup100)) return "ADVANCE";
  }
  // Critical-weakness guard (2026.2): strong means are not maturity while one
  // indicator the programme can act on sits at the bottom of its rubric.
  if (ev.belowMinimum > 0) return "ADVANCE";
  return "MATURE";
}

export function dimensionScore(ev: Evaluation, d: Dimension): number {
  return toScore(ev.dimSumWS[d], ev.dimScoredW[d]);
}

export function groupScore(ev: Evaluation, g: number): number | null {
  const w = ev.groupScoredW[g]!;
  return w > 0 ? toScore(ev.groupSumWS[g]!, w) : null;
}

export function criticalWeaknesses(compiled: CompiledInstrument, steps: readonly number[]): CriticalWeakness[] {
  const out: CriticalWeakness[] = [];
  for (const ind of compiled.indicators) {
    const step = steps[ind.index]!;
    if (isBelowMinimum(ind, step)) {
      out.push({
        indicator: ind.code,
        group: compiled.groups[ind.group]!.code,
        level: step >= 0 ? step + 1 : null,
        minLevel: ind.matureMinStep + 1,
      });
    }
  }
  return out;
}

export function stageRule(compiled: CompiledInstrument, ev: Evaluation, stage: Stage, steps: readonly number[]): StageRule {
  const rules = compiled.instrument.rules;
  const r = compiled.rules;
  if (stage === "SURVIVAL") {
    return {
      code: "SURVIVAL_DIMENSION_BELOW",
      params: { survivalBelow: rules.survivalBelow, dimensions: dimensionsBelow(ev, r.survival100) },
    };
  }
  if (stage === "ADVANCE") {
    const groupsBelow: Array<{ group: string; score: number }> = [];
    for (const g of compiled.dimensionGroups.GROWTH_OPPORTUNITY) {
      if (!meets(ev.groupSumWS[g]!, ev.groupScoredW[g]!, r.matureGroup100)) {
        groupsBelow.push({ group: compiled.groups[g]!.code, score: groupScore(ev, g) ?? 0 });
      }
    }
    return {
      code: "ADVANCE_NOT_MATURE",
      params: {
        matureAtLeast: rules.matureAtLeast,
        matureMinGroup: rules.matureMinGroup,
        dimensionsBelow: dimensionsBelow(ev, r.mature100),
        groupsBelow,
        ...(r.hasMatureMinimum ? { criticalWeaknesses: criticalWeaknesses(compiled, steps) } : {}),
      },
    };
  }
  let weakest = { group: "", score: Number.POSITIVE_INFINITY };
  for (const g of compiled.dimensionGroups.GROWTH_OPPORTUNITY) {
    const score = groupScore(ev, g) ?? 0;
    if (score < weakest.score) weakest = { group: compiled.groups[g]!.code, score };
  }
  return {
    code: "MATURE_ALL_MET",
    params: { matureAtLeast: rules.matureAtLeast, matureMinGroup: rules.matureMinGroup, weakestGroup: weakest },
  };
}

function dimensionsBelow(ev: Evaluation, threshold100: number): Array<{ dimension: Dimension; score: number }> {
  const below: Array<{ dimension: Dimension; score: number }> = [];
  for (const d of DIMENSIONS)
    if (!meets(ev.dimSumWS[d], ev.dimScoredW[d], threshold100)) below.push({ dimension: d, score: dimensionScore(ev, d) });
  return below;
}
