import type { Dimension } from "./codes";
import { EngineError } from "./errors";
import { parseInstrument, RULE_DECIMALS, WEIGHT_DECIMALS, type Group, type Indicator, type Instrument } from "./instrument";

// Exact arithmetic. Weights have at most 3 decimals and thresholds/shares at most
// 2, so the engine works on integers: weight units w = weight*1000, thresholds
// t = threshold*100, steps s = level-1 (0..4). A score is 25*sum(w*s)/sum(w), and
// "score >= threshold" is tested as 2500*sum(w*s) >= t*sum(w), with no rounding.
// Bounds: w <= 100,000 (x199 when sensitivity perturbs a weight), s <= 4,
// at most 200 indicators, so both sides stay below 2^53.

export interface CompiledIndicator {
  readonly code: string;
  readonly index: number;
  readonly group: number;
  readonly dimension: Dimension;
  readonly weightUnits: number;
  readonly def: Indicator;
  /** false for a fixed condition (what-if and recommendations leave it alone). */
  readonly actionable: boolean;
  /** Step (level - 1) it must reach for MATURE; 0 when the rule sets none. */
  readonly matureMinStep: number;
  /** Set by its own matureMinLevel: it must then be answered with a level for MATURE. */
  readonly critical: boolean;
}

interface CompiledGroup {
  readonly code: string;
  readonly index: number;
  readonly dimension: Dimension;
  readonly indicators: readonly number[];
  readonly weightUnits: number;
  /** weightUnits as the weight results show, computed once. */
  readonly weight: number;
  readonly def: Group;
}

interface CompiledRules {
  readonly share100: number;
  readonly survival100: number;
  readonly mature100: number;
  readonly matureGroup100: number;
  readonly delta100: number;
  /** Group scored weight x den >= num x group weight; null when N/A is unbounded (2026.1). */
  readonly scoredFraction: { readonly num: number; readonly den: number } | null;
  /** Whether any indicator has a mature minimum (2026.2); false keeps 2026.1 results unchanged. */
  readonly hasMatureMinimum: boolean;
  readonly overallScale: boolean;
}

export interface CompiledInstrument {
  readonly instrument: Instrument;
  /** { code, version } as results carry it; frozen and shared by all results. */
  readonly ref: Readonly<{ code: string; version: string }>;
  readonly indicators: readonly CompiledIndicator[];
  /** 0..n-1, every indicator index in instrument order. */
  readonly allIndicators: readonly number[];
  readonly groups: readonly CompiledGroup[];
  readonly byCode: ReadonlyMap<string, number>;
  readonly rules: CompiledRules;
  readonly baseWeights: readonly number[];
  /** Indicator indices sorted by code, the canonical order for hashing. */
  readonly codeOrder: readonly number[];
  readonly dimensionGroups: Readonly<Record<Dimension, readonly number[]>>;
}

const toUnits = (value: number, decimals: number) => Math.round(value * 10 ** decimals);

function compile(instrument: Instrument): CompiledInstrument {
  const indicators: CompiledIndicator[] = [];
  const groups: CompiledGroup[] = [];
  const byCode = new Map<string, number>();
  const dimensionGroups: Record<Dimension, number[]> = { GROWTH_OPPORTUNITY: [], ACTION_CAPACITY: [] };
  instrument.groups.forEach((def, g) => {
    const members: number[] = [];
    let weightUnits = 0;
    for (const indicator of def.indicators) {
      const index = indicators.length;
      const units = toUnits(indicator.weight, WEIGHT_DECIMALS);
      const actionable = indicator.actionable !== false;
      const minLevel = indicator.matureMinLevel ?? (actionable ? (instrument.rules.matureMinLevel ?? 1) : 1);
      indicators.push({
        code: indicator.code,
        index,
        group: g,
        dimension: def.dimension,
        weightUnits: units,
        def: indicator,
        actionable,
        matureMinStep: minLevel - 1,
        critical: indicator.matureMinLevel !== undefined,
      });
      byCode.set(indicator.code, index);
      members.push(index);
      weightUnits += units;
    }
    groups.push({
      code: def.code,
      index: g,
      dimension: def.dimension,
      indicators: members,
      weightUnits,
      weight: weightUnits / 10 ** WEIGHT_DECIMALS,
      def,
    });
    dimensionGroups[def.dimension].push(g);
  });
  const r = instrument.rules;
  return {
    instrument,
    ref: Object.freeze({ code: instrument.code, version: instrument.version }),
    indicators,
    allIndicators: indicators.map((i) => i.index),
    groups,
    byCode,
    dimensionGroups,
    baseWeights: indicators.map((i) => i.weightUnits),
    codeOrder: indicators.map((i) => i.index).sort((a, b) => (indicators[a]!.code < indicators[b]!.code ? -1 : 1)),
    rules: {
      share100: toUnits(r.minAnsweredWeightShare, RULE_DECIMALS),
      survival100: toUnits(r.survivalBelow, RULE_DECIMALS),
      mature100: toUnits(r.matureAtLeast, RULE_DECIMALS),
      matureGroup100: toUnits(r.matureMinGroup, RULE_DECIMALS),
      delta100: toUnits(r.borderlineWeightDelta, RULE_DECIMALS),
      scoredFraction: r.minScoredWeight ? { num: r.minScoredWeight.numerator, den: r.minScoredWeight.denominator } : null,
      hasMatureMinimum: indicators.some((i) => i.matureMinStep > 0 || i.critical),
      overallScale: r.recommendationScale === "OVERALL",
    },
  };
}

// Validation and compilation happen once per instrument object; instruments are
// immutable values (parseInstrument freezes them), so identity is a safe key.
const cache = new WeakMap<object, CompiledInstrument>();

export function compileInstrument(data: unknown): CompiledInstrument {
  if (data === undefined || data === null || typeof data !== "object") {
    throw new EngineError("INVALID_INSTRUMENT", data == null ? "instrument is missing" : "instrument must be an object");
  }
  const cached = cache.get(data);
  if (cached) return cached;
  const compiled = compile(parseInstrument(data));
  cache.set(data, compiled);
  cache.set(compiled.instrument, compiled);
  return compiled;
}

/** 25*sumWS/sumW as a display number; comparisons use `meets` instead. */
export function toScore(sumWS: number, sumW: number): number {
  return (25 * sumWS) / sumW;
}

/** Exact test of 25*sumWS/sumW >= threshold100/100. */
export function meets(sumWS: number, sumW: number, threshold100: number): boolean {
  return 2500 * sumWS >= threshold100 * sumW;
}
