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
  /** NEXT_STAGE: in the what-if plan; WEAK: not in the plan but at level <= 3. */
  reason: "NEXT_STAGE" | "WEAK";
  plannedSteps: number;
  /** Points of its dimension score this indicator lacks (to level 5). */
  gap: number;
  bdsServices: BdsService[];
  financingChannels: FinancingChannel[];
}

interface ServiceRecommendation<C extends string> {
  code: C;
  /** Sum of the gaps of the focus indicators it addresses. */
  gap: number;
  /** The part of `gap` on what-if indicators. */
  nextStageGap: number;
  emphasis: number;
  /** gap x emphasis; the list is sorted by it. */
  priority: number;
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
  const planned =
    (stage === "MATURE" ? null : planSteps(compiled, steps, STAGES[stageRank(stage) + 1]!)) ?? new Array<number>(steps.length).fill(0);
  const focus: FocusIndicator[] = [];
  compiled.indicators.forEach((ind, i) => {
    const step = steps[i]!;
    const isPlanned = planned[i]! > 0;
    if (step < 0 || (!isPlanned && step + 1 > WEAK_LEVEL_MAX)) return;
    const dimWeight = result.dimensions[ind.dimension].scoredWeight;
    focus.push({
      indicator: ind.code,
      group: compiled.groups[ind.group]!.code,
      dimension: ind.dimension,
      level: (step + 1) as Level,
      reason: isPlanned ? "NEXT_STAGE" : "WEAK",
      plannedSteps: planned[i]!,
      gap: (ind.def.weight * (100 - step * 25)) / dimWeight,
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
    services: aggregate(BDS_SERVICES, focus, (f) => f.bdsServices, emphasis.services),
    channels: aggregate(FINANCING_CHANNELS, focus, (f) => f.financingChannels, emphasis.channels),
  };
}

const rankReason = (f: FocusIndicator) => (f.reason === "NEXT_STAGE" ? 0 : 1);

function aggregate<C extends string>(
  codes: readonly C[],
  focus: readonly FocusIndicator[],
  addressed: (f: FocusIndicator) => readonly string[],
  emphasis: Readonly<Record<C, number>>,
): ServiceRecommendation<C>[] {
  const rows = codes.map((code) => {
    const hits = focus.filter((f) => addressed(f).includes(code));
    const gap = hits.reduce((sum, f) => sum + f.gap, 0);
    const nextStageGap = hits.filter((f) => f.reason === "NEXT_STAGE").reduce((sum, f) => sum + f.gap, 0);
    return { code, gap, nextStageGap, emphasis: emphasis[code], priority: gap * emphasis[code], indicators: hits.map((f) => f.indicator) };
  });
  // Sums of the same gaps taken in other orders may differ in the last bit, so
  // near-equal priorities count as ties; the stable sort then keeps the source's
  // numbering.
  return rows.filter((r) => r.gap > 0).sort((a, b) => byMargin(b.priority, a.priority) || byMargin(b.nextStageGap, a.nextStageGap));
}

const byMargin = (x: number, y: number) => (Math.abs(x - y) < 1e-9 ? 0 : x - y);
