import type { Dimension, Level, Stage } from "./codes";
import { compileInstrument, type CompiledInstrument } from "./compile";
import { EngineError } from "./errors";
import {
  hasEnoughScoredWeight,
  decideStage,
  dimensionScore,
  evaluate,
  groupScore,
  isGroupSufficient,
  stageRule,
  type Evaluation,
  type StageRule,
} from "./evaluate";
import { MISSING, NOT_APPLICABLE, parseScoreInput, type ScoreInput } from "./input";
import type { Instrument } from "./instrument";

/** Frozen and shared between results (see sharedOutcomes): never mutate. */
interface IndicatorOutcome {
  readonly indicator: string;
  readonly group: string;
  readonly dimension: Dimension;
  readonly weight: number;
  readonly status: "SCORED" | "NOT_APPLICABLE" | "MISSING";
  readonly level: Level | null;
  /** (level-1)/4*100 */
  readonly score: number | null;
  readonly reason: string | null;
}

interface GroupOutcome {
  group: string;
  dimension: Dimension;
  weight: number;
  scoredWeight: number;
  notApplicableWeight: number;
  /** scored weight / (weight - N/A weight); null when every indicator is N/A. */
  answeredShare: number | null;
  isSufficient: boolean;
  /** Weighted mean of the scored indicators, 0..100; null when none is scored. */
  score: number | null;
  /** Unanswered indicator codes, in instrument order. */
  missing: string[];
}

interface DimensionOutcome {
  dimension: Dimension;
  score: number;
  scoredWeight: number;
}

export interface MissingGroup {
  group: string;
  /** TOO_MUCH_NOT_APPLICABLE (2026.2): too little of the whole weight has a level, because of N/A answers. */
  reason: "TOO_FEW_ANSWERED" | "ALL_NOT_APPLICABLE" | "TOO_MUCH_NOT_APPLICABLE";
  indicators: string[];
  answeredShare: number | null;
  requiredShare: number;
  /** Under a version that bounds N/A (2026.2): scored weight / whole weight, and the required fraction. */
  scoredShare?: number;
  requiredScoredShare?: number;
  /** The group's N/A indicators, when N/A is bounded. */
  notApplicable?: string[];
}

/** How many indicators are N/A, and which, in instrument order. */
interface NotApplicableSummary {
  count: number;
  indicators: string[];
}

interface ResultBase {
  readonly instrument: Readonly<{ code: string; version: string }>;
  inputHash: string;
  indicators: IndicatorOutcome[];
  groups: GroupOutcome[];
  notApplicable: NotApplicableSummary;
}

export interface DiagnosedResult extends ResultBase {
  status: "DIAGNOSED";
  stage: Stage;
  rule: StageRule;
  dimensions: Record<Dimension, DimensionOutcome>;
}

interface InsufficientResult extends ResultBase {
  status: "INSUFFICIENT_DATA";
  stage: null;
  missing: MissingGroup[];
}

export type DiagnosisResult = DiagnosedResult | InsufficientResult;

const fromUnits = (units: number) => units / 1000;

// Most groups have no unanswered indicator and most clusters no N/A one: those
// results share one frozen empty list instead of allocating their own, since a
// batch of results is mostly kept alive and every retained object costs the
// garbage collector a copy.
const NO_CODES: string[] = Object.freeze([]) as unknown as string[];
const NONE_NOT_APPLICABLE: NotApplicableSummary = Object.freeze({ count: 0, indicators: NO_CODES });

/** Codes of the given indicators whose step is `wanted`, in instrument order; an exact-size array. */
function codesWith(compiled: CompiledInstrument, indices: readonly number[], steps: readonly number[], wanted: number): string[] {
  let count = 0;
  for (const i of indices) if (steps[i] === wanted) count += 1;
  if (count === 0) return NO_CODES;
  const codes = new Array<string>(count);
  count = 0;
  for (const i of indices) if (steps[i] === wanted) codes[count++] = compiled.indicators[i]!.code;
  return codes;
}

export function buildResult(
  compiled: CompiledInstrument,
  steps: readonly number[],
  reasons: ReadonlyMap<number, string>,
  inputHash: string,
): DiagnosisResult {
  const ev = evaluate(compiled, steps, compiled.baseWeights);
  const shared = sharedOutcomes(compiled);
  const indicators = new Array<IndicatorOutcome>(steps.length);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    // Spelled out, not spread: spreading a frozen object takes V8's slow path.
    const base = shared[i]![0]!;
    indicators[i] =
      step === NOT_APPLICABLE
        ? {
            indicator: base.indicator,
            group: base.group,
            dimension: base.dimension,
            weight: base.weight,
            status: "NOT_APPLICABLE",
            level: null,
            score: null,
            reason: reasons.get(i) ?? "",
          }
        : shared[i]![step + 2]!;
  }
  const groups: GroupOutcome[] = [];
  const missing: MissingGroup[] = [];
  for (const group of compiled.groups) {
    const g = group.index;
    const applicable = group.weightUnits - ev.groupNaW[g]!;
    const answeredShare = applicable > 0 ? ev.groupScoredW[g]! / applicable : null;
    const unanswered = codesWith(compiled, group.indicators, steps, MISSING);
    const isSufficient = isGroupSufficient(compiled, ev, g);
    groups.push({
      group: group.code,
      dimension: group.dimension,
      weight: group.weight,
      scoredWeight: fromUnits(ev.groupScoredW[g]!),
      notApplicableWeight: fromUnits(ev.groupNaW[g]!),
      answeredShare,
      isSufficient,
      score: groupScore(ev, g),
      missing: unanswered,
    });
    if (!isSufficient) {
      const fraction = compiled.rules.scoredFraction;
      const naCodes = group.indicators.filter((i) => steps[i] === NOT_APPLICABLE).map((i) => compiled.indicators[i]!.code);
      const shareMet =
        answeredShare !== null && ev.groupScoredW[g]! > 0 && ev.groupScoredW[g]! * 100 >= compiled.rules.share100 * applicable;
      missing.push({
        group: group.code,
        reason:
          answeredShare === null
            ? "ALL_NOT_APPLICABLE"
            : shareMet && naCodes.length > 0 && !hasEnoughScoredWeight(compiled, ev, g)
              ? "TOO_MUCH_NOT_APPLICABLE"
              : "TOO_FEW_ANSWERED",
        indicators: unanswered,
        answeredShare,
        requiredShare: compiled.instrument.rules.minAnsweredWeightShare,
        ...(fraction
          ? {
              scoredShare: ev.groupScoredW[g]! / group.weightUnits,
              requiredScoredShare: fraction.num / fraction.den,
              notApplicable: naCodes,
            }
          : {}),
      });
    }
  }
  const naList = codesWith(compiled, compiled.allIndicators, steps, NOT_APPLICABLE);
  const notApplicable = naList.length === 0 ? NONE_NOT_APPLICABLE : { count: naList.length, indicators: naList };
  const instrument = compiled.ref;
  if (missing.length > 0) {
    return { instrument, inputHash, indicators, groups, notApplicable, status: "INSUFFICIENT_DATA", stage: null, missing };
  }
  const stage = decideStage(compiled, ev);
  return {
    instrument,
    inputHash,
    indicators,
    groups,
    notApplicable,
    status: "DIAGNOSED",
    stage,
    rule: stageRule(compiled, ev, stage, steps),
    dimensions: {
      GROWTH_OPPORTUNITY: dimensionOutcome(ev, "GROWTH_OPPORTUNITY"),
      ACTION_CAPACITY: dimensionOutcome(ev, "ACTION_CAPACITY"),
    },
  };
}

// An outcome without a reason depends only on the indicator and its level, so
// results share one frozen object per (indicator, level or missing) instead of
// allocating 24 per cluster: most of the garbage a batch of diagnoses made.
const outcomeCache = new WeakMap<CompiledInstrument, ReadonlyArray<readonly IndicatorOutcome[]>>();

/** Per indicator index: [missing, unused, level 1..5]; index step + 2. */
function sharedOutcomes(compiled: CompiledInstrument): ReadonlyArray<readonly IndicatorOutcome[]> {
  let cached = outcomeCache.get(compiled);
  if (cached) return cached;
  cached = compiled.indicators.map((ind) => {
    const base = {
      indicator: ind.code,
      group: compiled.groups[ind.group]!.code,
      dimension: ind.dimension,
      weight: ind.def.weight,
    };
    const missing: IndicatorOutcome = Object.freeze({ ...base, status: "MISSING", level: null, score: null, reason: null });
    const levels = [0, 1, 2, 3, 4].map((step): IndicatorOutcome =>
      Object.freeze({ ...base, status: "SCORED", level: (step + 1) as Level, score: step * 25, reason: null }),
    );
    return [missing, missing, ...levels];
  });
  outcomeCache.set(compiled, cached);
  return cached;
}

function dimensionOutcome(ev: Evaluation, dimension: Dimension): DimensionOutcome {
  return { dimension, score: dimensionScore(ev, dimension), scoredWeight: fromUnits(ev.dimScoredW[dimension]) };
}

/**
 * Scores one cluster against one instrument version. Throws EngineError on bad
 * instrument or input; an incomplete but valid input gives INSUFFICIENT_DATA,
 * never a stage.
 */
export function diagnose(instrument: Instrument, input: ScoreInput): DiagnosisResult {
  const compiled = compileInstrument(instrument);
  const parsed = parseScoreInput(compiled, input);
  return buildResult(compiled, parsed.steps, parsed.reasons, parsed.hash);
}

export interface ClusterState {
  readonly compiled: CompiledInstrument;
  readonly steps: number[];
  readonly reasons: Map<number, string>;
}

/** Rebuilds the per-indicator state behind a result, checking it fits the instrument. */
/** The compiled instrument, after checking the result was computed with it. */
export function compiledFor(instrument: Instrument, result: DiagnosisResult): CompiledInstrument {
  const compiled = compileInstrument(instrument);
  const { code, version } = compiled.instrument;
  if (!result || result.instrument?.code !== code || result.instrument?.version !== version) {
    throw new EngineError(
      "INSTRUMENT_MISMATCH",
      `result is for ${result?.instrument?.code} ${result?.instrument?.version}, not ${code} ${version}`,
    );
  }
  return compiled;
}

export function stateFromResult(instrument: Instrument, result: DiagnosisResult): ClusterState {
  const compiled = compiledFor(instrument, result);
  const { code, version } = compiled.instrument;
  const steps = new Array<number>(compiled.indicators.length).fill(MISSING);
  const reasons = new Map<number, string>();
  for (const outcome of result.indicators) {
    const index = compiled.byCode.get(outcome.indicator);
    if (index === undefined) {
      throw new EngineError("INSTRUMENT_MISMATCH", `result names indicator ${outcome.indicator}, unknown to ${code} ${version}`, {
        indicator: outcome.indicator,
      });
    }
    if (outcome.status === "SCORED" && outcome.level !== null) steps[index] = outcome.level - 1;
    else if (outcome.status === "NOT_APPLICABLE") {
      steps[index] = NOT_APPLICABLE;
      reasons.set(index, outcome.reason ?? "");
    }
  }
  // Callers recompute from these levels; a stored result whose stage does not
  // follow from them (edited, or from a faulty build) must not pass silently.
  const ev = evaluate(compiled, steps, compiled.baseWeights);
  const sufficient = compiled.groups.every((g) => isGroupSufficient(compiled, ev, g.index));
  const stage = sufficient ? decideStage(compiled, ev) : null;
  if (stage !== result.stage || (result.status === "DIAGNOSED") !== sufficient) {
    throw new EngineError(
      "INCONSISTENT_RESULT",
      `result says ${result.stage ?? result.status}, its levels give ${stage ?? "INSUFFICIENT_DATA"}`,
    );
  }
  return { compiled, steps, reasons };
}
