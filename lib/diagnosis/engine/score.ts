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

/** May be frozen and shared between results (see sharedGroupOutcome): never mutate. */
interface GroupOutcome {
  readonly group: string;
  readonly dimension: Dimension;
  readonly weight: number;
  readonly scoredWeight: number;
  readonly notApplicableWeight: number;
  /** scored weight / (weight - N/A weight); null when every indicator is N/A. */
  readonly answeredShare: number | null;
  readonly isSufficient: boolean;
  /** Weighted mean of the scored indicators, 0..100; null when none is scored. */
  readonly score: number | null;
  /** Unanswered indicator codes, in instrument order. */
  readonly missing: readonly string[];
}

/** Frozen and shared between results (see sharedDimensionOutcome): never mutate. */
interface DimensionOutcome {
  readonly dimension: Dimension;
  readonly score: number;
  readonly scoredWeight: number;
}

export interface MissingGroup {
  group: string;
  /** TOO_MUCH_NOT_APPLICABLE (2026.2): too little of the whole weight has a level, because of N/A answers. */
  reason: "TOO_FEW_ANSWERED" | "ALL_NOT_APPLICABLE" | "TOO_MUCH_NOT_APPLICABLE";
  indicators: readonly string[];
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
  const groups = new Array<GroupOutcome>(compiled.groups.length);
  const missing: MissingGroup[] = [];
  const sharedTables = sharedTablesOf(compiled);
  for (const group of compiled.groups) {
    const g = group.index;
    const unanswered = codesWith(compiled, group.indicators, steps, MISSING);
    const outcome =
      unanswered.length === 0
        ? sharedValue(sharedTables.groups[g]!, ev.groupScoredW[g]! * sharedTables.groupKeyBase[g]! + ev.groupSumWS[g]!, () =>
            groupOutcome(compiled, ev, g, unanswered),
          )
        : groupOutcome(compiled, ev, g, unanswered);
    groups[g] = outcome;
    const { answeredShare, isSufficient } = outcome;
    if (!isSufficient) {
      const applicable = group.weightUnits - ev.groupNaW[g]!;
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
      GROWTH_OPPORTUNITY: sharedDimensionOutcome(sharedTables, ev, "GROWTH_OPPORTUNITY"),
      ACTION_CAPACITY: sharedDimensionOutcome(sharedTables, ev, "ACTION_CAPACITY"),
    },
  };
}

function groupOutcome(compiled: CompiledInstrument, ev: Evaluation, g: number, unanswered: readonly string[]): GroupOutcome {
  const group = compiled.groups[g]!;
  const applicable = group.weightUnits - ev.groupNaW[g]!;
  return {
    group: group.code,
    dimension: group.dimension,
    weight: group.weight,
    scoredWeight: fromUnits(ev.groupScoredW[g]!),
    notApplicableWeight: fromUnits(ev.groupNaW[g]!),
    answeredShare: applicable > 0 ? ev.groupScoredW[g]! / applicable : null,
    isSufficient: isGroupSufficient(compiled, ev, g),
    score: groupScore(ev, g),
    missing: unanswered,
  };
}

// A batch of results is mostly kept alive (a page of diagnoses, a report, the
// benchmark), and every object a result keeps costs the garbage collector a copy
// or two. A group outcome without unanswered indicators depends only on the group
// and two integer sums, its scored weight units and its weighted steps (the N/A
// weight is then the rest), and a dimension outcome likewise on the dimension's
// two sums; these take few distinct values across clusters. So, like the
// indicator outcomes, they are frozen and shared between results, keyed by
// scoredW x (4 x wholeW + 1) + sumWS (unique, as sumWS <= 4 x scoredW <= 4 x wholeW,
// and below 2^53 by the bounds in compile.ts), at most SHARED_LIMIT per table so
// that the memory they hold stays bounded; past it, outcomes are built fresh.
const SHARED_LIMIT = 2048;

interface SharedTables {
  readonly groups: ReadonlyArray<Map<number, GroupOutcome>>;
  readonly groupKeyBase: readonly number[];
  readonly dimensions: Readonly<Record<Dimension, Map<number, DimensionOutcome>>>;
  readonly dimensionKeyBase: Readonly<Record<Dimension, number>>;
}

const sharedTableCache = new WeakMap<CompiledInstrument, SharedTables>();

function sharedTablesOf(compiled: CompiledInstrument): SharedTables {
  let tables = sharedTableCache.get(compiled);
  if (tables) return tables;
  const dimensionUnits: Record<Dimension, number> = { GROWTH_OPPORTUNITY: 0, ACTION_CAPACITY: 0 };
  for (const group of compiled.groups) dimensionUnits[group.dimension] += group.weightUnits;
  tables = {
    groups: compiled.groups.map(() => new Map()),
    groupKeyBase: compiled.groups.map((group) => 4 * group.weightUnits + 1),
    dimensions: { GROWTH_OPPORTUNITY: new Map(), ACTION_CAPACITY: new Map() },
    dimensionKeyBase: {
      GROWTH_OPPORTUNITY: 4 * dimensionUnits.GROWTH_OPPORTUNITY + 1,
      ACTION_CAPACITY: 4 * dimensionUnits.ACTION_CAPACITY + 1,
    },
  };
  sharedTableCache.set(compiled, tables);
  return tables;
}

function sharedValue<T extends object>(table: Map<number, T>, key: number, make: () => T): T {
  let value = table.get(key);
  if (value === undefined) {
    value = Object.freeze(make());
    if (table.size < SHARED_LIMIT) table.set(key, value);
  }
  return value;
}

function sharedDimensionOutcome(tables: SharedTables, ev: Evaluation, dimension: Dimension): DimensionOutcome {
  const key = ev.dimScoredW[dimension] * tables.dimensionKeyBase[dimension] + ev.dimSumWS[dimension];
  return sharedValue(tables.dimensions[dimension], key, () => dimensionOutcome(ev, dimension));
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
