import {
  BDS_SERVICES,
  FINANCING_CHANNELS,
  STAGES,
  stageRank,
  type BdsService,
  type Dimension,
  type FinancingChannel,
  type Level,
  type Stage,
} from "./codes";
import type { CompiledInstrument } from "./compile";
import type { Instrument } from "./instrument";
import { stateFromResult, type DiagnosisResult } from "./score";
import { planSteps, whatIfFromState, type IndicatorsToAnswer } from "./what-if";

/**
 * How much each service and MAP channel counts at each stage (1 = neutral).
 * Survival clusters need basic capability and micro-credit (information,
 * training, mentoring; LKM, KSP/USP); advancing clusters need markets,
 * technology and larger, guaranteed loans; mature clusters need business
 * contacts and export markets, and can carry venture capital. A programme
 * choice, not from the source, which only says the stage decides the treatment.
 */
export const STAGE_EMPHASIS: Readonly<
  Record<Stage, { services: Readonly<Record<BdsService, number>>; channels: Readonly<Record<FinancingChannel, number>> }>
> = {
  SURVIVAL: {
    services: {
      INFORMATION: 1.5,
      CONSULTATION: 1.25,
      TRAINING: 1.5,
      MENTORING: 1.5,
      BUSINESS_CONTACT: 0.75,
      MARKET_ACCESS: 1,
      CAPITAL_ACCESS: 1.25,
      ORGANISATION_MANAGEMENT: 1.25,
      TECHNOLOGY: 0.75,
      BUSINESS_PROPOSAL: 1,
    },
    channels: { LKM: 1.5, KSP_USP: 1.5, GUARANTEE: 0.75, VENTURE_CAPITAL: 0.5, INCUBATOR: 1 },
  },
  ADVANCE: {
    services: {
      INFORMATION: 0.75,
      CONSULTATION: 1,
      TRAINING: 1,
      MENTORING: 1,
      BUSINESS_CONTACT: 1.25,
      MARKET_ACCESS: 1.5,
      CAPITAL_ACCESS: 1.25,
      ORGANISATION_MANAGEMENT: 1,
      TECHNOLOGY: 1.5,
      BUSINESS_PROPOSAL: 1.25,
    },
    channels: { LKM: 0.75, KSP_USP: 1, GUARANTEE: 1.5, VENTURE_CAPITAL: 1, INCUBATOR: 1.25 },
  },
  MATURE: {
    services: {
      INFORMATION: 0.75,
      CONSULTATION: 1,
      TRAINING: 0.75,
      MENTORING: 0.75,
      BUSINESS_CONTACT: 1.5,
      MARKET_ACCESS: 1.5,
      CAPITAL_ACCESS: 1,
      ORGANISATION_MANAGEMENT: 1,
      TECHNOLOGY: 1.25,
      BUSINESS_PROPOSAL: 1.25,
    },
    channels: { LKM: 0.5, KSP_USP: 0.75, GUARANTEE: 1.25, VENTURE_CAPITAL: 1.5, INCUBATOR: 1 },
  },
};

/** Scored indicators at or below this level count as weak. */
const WEAK_LEVEL_MAX = 3;

interface FocusIndicator {
  indicator: string;
  group: string;
  dimension: Dimension;
  level: Level;
  /**
   * NEXT_STAGE: in the what-if plan; WEAK: not in the plan but at level <= 3;
   * REMAINING (2026.2 only): level 4, not in the plan; it still lacks a little.
   */
  reason: "NEXT_STAGE" | "WEAK" | "REMAINING";
  plannedSteps: number;
  /**
   * Points this indicator lacks (to level 5): of its dimension score under
   * 2026.1, of the overall 0-100 score (both dimensions together) under 2026.2.
   */
  gap: number;
  bdsServices: BdsService[];
  financingChannels: FinancingChannel[];
}

interface ServiceRecommendation<C extends string> {
  code: C;
  /**
   * Sum of the gaps of the focus indicators it addresses (2026.1); under 2026.2
   * that sum divided by the number of scored actionable indicators the service
   * is mapped to (its mean gap), so a service mapped everywhere does not win by breadth.
   */
  gap: number;
  /** The part of `gap` on what-if indicators. */
  nextStageGap: number;
  emphasis: number;
  /** gap x emphasis; the list is sorted by it. */
  priority: number;
  /** 2026.2: how many scored actionable indicators the service covers (the divisor of `gap`). */
  covers?: number;
  indicators: string[];
}

export type Recommendation =
  | { status: "INSUFFICIENT_DATA"; toAnswer: IndicatorsToAnswer[] }
  | {
      status: "DIAGNOSED";
      stage: Stage;
      focus: FocusIndicator[];
      services: ServiceRecommendation<BdsService>[];
      channels: ServiceRecommendation<FinancingChannel>[];
    };

/**
 * BDS services and MAP channels for what holds the cluster back: the what-if
 * indicators first, then the other weak ones, each weighed by its gap.
 */
export function recommend(instrument: Instrument, result: DiagnosisResult): Recommendation {
  const { compiled, steps } = stateFromResult(instrument, result);
  if (result.status === "INSUFFICIENT_DATA") {
    const plan = whatIfFromState(compiled, steps);
    return { status: "INSUFFICIENT_DATA", toAnswer: plan.status === "INSUFFICIENT_DATA" ? plan.toAnswer : [] };
  }
  const stage = result.stage;
  const fixed = new Set(compiled.indicators.filter((i) => !i.actionable).map((i) => i.index));
  const planned =
    (stage === "MATURE" ? null : planSteps(compiled, steps, STAGES[stageRank(stage) + 1]!, fixed)) ??
    new Array<number>(steps.length).fill(0);
  const overall = compiled.rules.overallScale;
  // 2026.2: one scale. A gap is the points of the overall score (the weighted
  // mean over every scored indicator of both dimensions) the indicator lacks, so
  // an indicator weighs what its weight says, whichever dimension it is in.
  const totalWeight = result.dimensions.GROWTH_OPPORTUNITY.scoredWeight + result.dimensions.ACTION_CAPACITY.scoredWeight;
  const focus: FocusIndicator[] = [];
  compiled.indicators.forEach((ind, i) => {
    const step = steps[i]!;
    const isPlanned = planned[i]! > 0;
    if (step < 0 || !ind.actionable) return;
    // 2026.1 keeps only planned and weak indicators; 2026.2 counts every gap, so
    // a service's score depends only on its own indicators' levels.
    if (!isPlanned && step + 1 > (overall ? 4 : WEAK_LEVEL_MAX)) return;
    const divisor = overall ? totalWeight : result.dimensions[ind.dimension].scoredWeight;
    focus.push({
      indicator: ind.code,
      group: compiled.groups[ind.group]!.code,
      dimension: ind.dimension,
      level: (step + 1) as Level,
      reason: isPlanned ? "NEXT_STAGE" : step + 1 <= WEAK_LEVEL_MAX ? "WEAK" : "REMAINING",
      plannedSteps: planned[i]!,
      gap: (ind.def.weight * (100 - step * 25)) / divisor,
      bdsServices: [...ind.def.bdsServices],
      financingChannels: [...ind.def.financingChannels],
    });
  });
  focus.sort((a, b) => rankReason(a) - rankReason(b) || byMargin(b.gap, a.gap));
  const emphasis = STAGE_EMPHASIS[stage];
  return {
    status: "DIAGNOSED",
    stage,
    focus,
    services: aggregate(
      BDS_SERVICES,
      focus,
      (f) => f.bdsServices,
      emphasis.services,
      overall ? coverage(compiled, steps, (d) => d.bdsServices) : null,
    ),
    channels: aggregate(
      FINANCING_CHANNELS,
      focus,
      (f) => f.financingChannels,
      emphasis.channels,
      overall ? coverage(compiled, steps, (d) => d.financingChannels) : null,
    ),
  };
}

const rankReason = (f: FocusIndicator) => (f.reason === "NEXT_STAGE" ? 0 : 1);

function aggregate<C extends string>(
  codes: readonly C[],
  focus: readonly FocusIndicator[],
  addressed: (f: FocusIndicator) => readonly string[],
  emphasis: Readonly<Record<C, number>>,
  covers: ReadonlyMap<string, number> | null,
): ServiceRecommendation<C>[] {
  const rows = codes.map((code) => {
    const hits = focus.filter((f) => addressed(f).includes(code));
    const n = covers ? Math.max(1, covers.get(code) ?? 0) : 1;
    const gap = hits.reduce((sum, f) => sum + f.gap, 0) / n;
    const nextStageGap = hits.filter((f) => f.reason === "NEXT_STAGE").reduce((sum, f) => sum + f.gap, 0) / n;
    const row: ServiceRecommendation<C> = {
      code,
      gap,
      nextStageGap,
      emphasis: emphasis[code],
      priority: gap * emphasis[code],
      indicators: hits.map((f) => f.indicator),
    };
    if (covers) row.covers = covers.get(code) ?? 0;
    return row;
  });
  // Sums of the same gaps taken in other orders may differ in the last bit, so
  // near-equal priorities count as ties; the stable sort then keeps the source's
  // numbering.
  return rows.filter((r) => r.gap > 0).sort((a, b) => byMargin(b.priority, a.priority) || byMargin(b.nextStageGap, a.nextStageGap));
}

/** Per service or channel: the scored actionable indicators mapped to it. */
function coverage(
  compiled: CompiledInstrument,
  steps: readonly number[],
  mapped: (def: CompiledInstrument["indicators"][number]["def"]) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ind of compiled.indicators) {
    if (steps[ind.index]! < 0 || !ind.actionable) continue;
    for (const code of mapped(ind.def)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

const byMargin = (x: number, y: number) => (Math.abs(x - y) < 1e-9 ? 0 : x - y);
