import type { Dimension, Level, Stage } from "./codes";
import { criticalWeaknesses, type CriticalWeakness, type StageRule } from "./evaluate";
import { NOT_APPLICABLE, MISSING } from "./input";
import type { Instrument } from "./instrument";
import type { CompiledInstrument } from "./compile";
import { compiledFor, type DiagnosedResult, type DiagnosisResult, type MissingGroup } from "./score";

interface IndicatorContribution {
  indicator: string;
  group: string;
  dimension: Dimension;
  level: Level;
  score: number;
  weight: number;
  /** Share of the dimension's scored weight, 0..1. */
  weightShare: number;
  /** Points of the dimension score this indicator supplies; they add up to the score. */
  contribution: number;
  /** Points it would add at level 5. */
  shortfall: number;
}

interface GroupContribution {
  group: string;
  dimension: Dimension;
  score: number;
  weightShare: number;
  contribution: number;
}

interface ThresholdDistance {
  score: number;
  threshold: number;
  /** max(0, threshold - score) */
  gap: number;
}

interface NextStageDistance {
  stage: Stage;
  dimensions: Array<ThresholdDistance & { dimension: Dimension }>;
  /** The weakest growth-opportunity group against matureMinGroup; null when the next stage is ADVANCE (no group rule). */
  weakestGroup: (ThresholdDistance & { group: string }) | null;
  /** 2026.2, toward MATURE: indicators below their mature minimum level (fixed conditions exempt). */
  criticalWeaknesses?: CriticalWeakness[];
}

export type Explanation =
  | {
      status: "DIAGNOSED";
      stage: Stage;
      rule: StageRule;
      dimensions: Array<{
        dimension: Dimension;
        score: number;
        groups: GroupContribution[];
        indicators: IndicatorContribution[];
      }>;
      strongest: IndicatorContribution[];
      weakest: IndicatorContribution[];
      nextStage: NextStageDistance | null;
    }
  | { status: "INSUFFICIENT_DATA"; rule: { code: "INSUFFICIENT_DATA"; params: { groups: MissingGroup[] } } };

const gapTo = (score: number, threshold: number) => Math.max(0, threshold - score);

// Among equal levels the heavier indicator matters more, for good and for bad;
// then instrument order (topK keeps ties in input order).
const strongerFirst = (a: IndicatorContribution, b: IndicatorContribution) => b.score - a.score || b.weight - a.weight;
const weakerFirst = (a: IndicatorContribution, b: IndicatorContribution) => a.score - b.score || b.weight - a.weight;

/**
 * The indicators below their mature minimum. An ADVANCE result of a version with
 * minimum levels lists them in its rule, computed from the same levels, so they
 * are copied from there; otherwise (a result stored without them) they are
 * recomputed from the result's indicators.
 */
function weaknessesOf(compiled: CompiledInstrument, result: DiagnosedResult): CriticalWeakness[] {
  if (result.rule.code === "ADVANCE_NOT_MATURE" && result.rule.params.criticalWeaknesses) {
    return result.rule.params.criticalWeaknesses.map((w) => ({ ...w }));
  }
  const steps = new Array<number>(compiled.indicators.length).fill(MISSING);
  for (const o of result.indicators) {
    const i = compiled.byCode.get(o.indicator);
    if (i !== undefined) steps[i] = o.status === "SCORED" ? o.level! - 1 : o.status === "NOT_APPLICABLE" ? NOT_APPLICABLE : MISSING;
  }
  return criticalWeaknesses(compiled, steps);
}

/**
 * Why a result came out as it did: the deciding rule, every contribution, the
 * strongest and weakest indicators and how far the next stage is.
 */
export function explain(instrument: Instrument, result: DiagnosisResult, options: { limit?: number } = {}): Explanation {
  const compiled = compiledFor(instrument, result);
  if (result.status === "INSUFFICIENT_DATA") {
    return { status: "INSUFFICIENT_DATA", rule: { code: "INSUFFICIENT_DATA", params: { groups: result.missing } } };
  }
  const limit = options.limit ?? 3;
  const rules = instrument.rules;
  const goWeight = result.dimensions.GROWTH_OPPORTUNITY.scoredWeight;
  const acWeight = result.dimensions.ACTION_CAPACITY.scoredWeight;
  // `all` is in instrument order, so an index is also the final tie-break.
  const all: IndicatorContribution[] = [];
  const goIndicators: IndicatorContribution[] = [];
  const acIndicators: IndicatorContribution[] = [];
  for (const o of result.indicators) {
    if (o.status !== "SCORED") continue;
    const isGo = o.dimension === "GROWTH_OPPORTUNITY";
    const dimWeight = isGo ? goWeight : acWeight;
    const contribution: IndicatorContribution = {
      indicator: o.indicator,
      group: o.group,
      dimension: o.dimension,
      level: o.level!,
      score: o.score!,
      weight: o.weight,
      weightShare: o.weight / dimWeight,
      contribution: (o.weight * o.score!) / dimWeight,
      shortfall: (o.weight * (100 - o.score!)) / dimWeight,
    };
    all.push(contribution);
    (isGo ? goIndicators : acIndicators).push(contribution);
  }
  const goGroups: GroupContribution[] = [];
  const acGroups: GroupContribution[] = [];
  for (const g of result.groups) {
    const isGo = g.dimension === "GROWTH_OPPORTUNITY";
    const dimWeight = isGo ? goWeight : acWeight;
    (isGo ? goGroups : acGroups).push({
      group: g.group,
      dimension: g.dimension,
      score: g.score!,
      weightShare: g.scoredWeight / dimWeight,
      contribution: (g.scoredWeight * g.score!) / dimWeight,
    });
  }
  const dimensions: Array<{ dimension: Dimension; score: number; groups: GroupContribution[]; indicators: IndicatorContribution[] }> = [
    { dimension: "GROWTH_OPPORTUNITY", score: result.dimensions.GROWTH_OPPORTUNITY.score, groups: goGroups, indicators: goIndicators },
    { dimension: "ACTION_CAPACITY", score: result.dimensions.ACTION_CAPACITY.score, groups: acGroups, indicators: acIndicators },
  ];
  const strongest = topK(all, limit, strongerFirst);
  const weakest = topK(all, limit, weakerFirst);

  let nextStage: NextStageDistance | null = null;
  if (result.stage !== "MATURE") {
    const toMature = result.stage === "ADVANCE";
    const threshold = toMature ? rules.matureAtLeast : rules.survivalBelow;
    let weakestGroup: GroupContribution | null = null;
    for (const g of goGroups) if (weakestGroup === null || g.score < weakestGroup.score) weakestGroup = g;
    nextStage = {
      stage: toMature ? "MATURE" : "ADVANCE",
      dimensions: dimensions.map((d) => ({ dimension: d.dimension, score: d.score, threshold, gap: gapTo(d.score, threshold) })),
      weakestGroup:
        toMature && weakestGroup
          ? {
              group: weakestGroup.group,
              score: weakestGroup.score,
              threshold: rules.matureMinGroup,
              gap: gapTo(weakestGroup.score, rules.matureMinGroup),
            }
          : null,
    };
    if (toMature && compiled.rules.hasMatureMinimum) nextStage.criticalWeaknesses = weaknessesOf(compiled, result);
  }
  return { status: "DIAGNOSED", stage: result.stage, rule: result.rule, dimensions, strongest, weakest, nextStage };
}

/**
 * The first k items under `compare`, ties kept in input order. A bounded
 * insertion instead of sorting all, since k is small and this runs per cluster.
 */
function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let at = Math.min(top.length, k - 1);
    if (top.length < k) top.push(item);
    while (at > 0 && compare(item, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = item;
  }
  return top;
}
