// Shared by the engine's tests only. The reference model here is written apart
// from the engine (plain loops over the instrument, its own integer arithmetic)
// so the tests compare two implementations, not one with itself.
import fc from "fast-check";
import type { Level, Stage } from "./codes";
import { defaultInstrument } from "./default-instrument";
import type { ScoreEntry, ScoreInput } from "./input";
import { parseInstrument, type Instrument, type InstrumentInput } from "./instrument";

export type Answer = Level | "NA" | undefined;

export function codesOf(instrument: Instrument): string[] {
  return instrument.groups.flatMap((g) => g.indicators.map((i) => i.code));
}

/** Every indicator at `fill` (or unanswered when fill is undefined), then the overrides. */
export function inputOf(instrument: Instrument, overrides: Record<string, Answer> = {}, fill?: Level): ScoreInput {
  const scores: ScoreEntry[] = [];
  for (const code of codesOf(instrument)) {
    const answer = code in overrides ? overrides[code] : fill;
    if (answer === "NA") scores.push({ indicator: code, notApplicable: true, reason: "tidak relevan" });
    else if (answer !== undefined) scores.push({ indicator: code, level: answer });
  }
  return { scores };
}

/** Every action-capacity indicator at 3: capable enough, so the growth side decides. */
export const SOLID_ACTION_CAPACITY = {
  AC_ORGANISATION: 3,
  AC_PLANNING: 3,
  AC_TRACK_RECORD: 3,
  AC_CO_INVESTMENT: 3,
  AC_TECHNOLOGY: 3,
  AC_OPENNESS: 3,
} as const satisfies Record<string, Level>;

/** The SURVIVAL example: demand at 3, action capacity at 3, everything else at 2 (GO = 625/21). */
export const SURVIVAL_EXAMPLE: ScoreInput = inputOf(defaultInstrument, { DC_TREND: 3, DC_QUALITY: 3, ...SOLID_ACTION_CAPACITY }, 2);

export function answersOf(instrument: Instrument, answers: readonly Answer[]): ScoreInput {
  const codes = codesOf(instrument);
  return inputOf(instrument, Object.fromEntries(codes.map((c, i) => [c, answers[i]])));
}

export interface ReferenceResult {
  sufficient: boolean;
  stage: Stage | null;
  groupScores: Array<number | null>;
  dimensionScores: { GROWTH_OPPORTUNITY: number | null; ACTION_CAPACITY: number | null };
}

/** Independent model of scoring and the stage rule; `answers` follow instrument order. */
export function reference(instrument: Instrument, answers: readonly Answer[]): ReferenceResult {
  const r = instrument.rules;
  const units = (w: number) => Math.round(w * 1000);
  const pct = (v: number) => Math.round(v * 100);
  let k = 0;
  const dims = { GROWTH_OPPORTUNITY: { w: 0, ws: 0 }, ACTION_CAPACITY: { w: 0, ws: 0 } };
  const groups = instrument.groups.map((g) => {
    let total = 0,
      na = 0,
      w = 0,
      ws = 0;
    for (const ind of g.indicators) {
      const a = answers[k++];
      total += units(ind.weight);
      if (a === "NA") na += units(ind.weight);
      else if (a !== undefined) {
        w += units(ind.weight);
        ws += units(ind.weight) * (a - 1);
      }
    }
    dims[g.dimension].w += w;
    dims[g.dimension].ws += ws;
    return { dimension: g.dimension, total, na, w, ws };
  });
  // score >= t  <=>  25*ws/w >= t  <=>  2500*ws >= (100t)*w
  const atLeast = (ws: number, w: number, t: number) => 2500 * ws >= pct(t) * w;
  // 2026.2: a group also needs num/den of its whole weight scored.
  const frac = r.minScoredWeight;
  const sufficient = groups.every(
    (g) =>
      g.w > 0 &&
      g.w * 100 >= pct(r.minAnsweredWeightShare) * (g.total - g.na) &&
      (frac === undefined || g.w * frac.denominator >= frac.numerator * g.total),
  );
  // 2026.2: no actionable indicator below the general minimum, none below its own,
  // and one with its own minimum must have a level.
  const indicatorsInOrder = instrument.groups.flatMap((g) => g.indicators);
  const criticalOk = indicatorsInOrder.every((ind, i) => {
    const a = answers[i];
    const min = ind.matureMinLevel ?? (ind.actionable === false ? 1 : (r.matureMinLevel ?? 1));
    return typeof a === "number" ? a >= min : ind.matureMinLevel === undefined;
  });
  const score = (ws: number, w: number) => (w > 0 ? (25 * ws) / w : null);
  const result: ReferenceResult = {
    sufficient,
    stage: null,
    groupScores: groups.map((g) => score(g.ws, g.w)),
    dimensionScores: {
      GROWTH_OPPORTUNITY: score(dims.GROWTH_OPPORTUNITY.ws, dims.GROWTH_OPPORTUNITY.w),
      ACTION_CAPACITY: score(dims.ACTION_CAPACITY.ws, dims.ACTION_CAPACITY.w),
    },
  };
  if (!sufficient) return result;
  const dimList = [dims.GROWTH_OPPORTUNITY, dims.ACTION_CAPACITY];
  if (dimList.some((d) => !atLeast(d.ws, d.w, r.survivalBelow))) result.stage = "SURVIVAL";
  else if (
    dimList.every((d) => atLeast(d.ws, d.w, r.matureAtLeast)) &&
    groups.every((g) => g.dimension !== "GROWTH_OPPORTUNITY" || atLeast(g.ws, g.w, r.matureMinGroup)) &&
    criticalOk
  ) {
    result.stage = "MATURE";
  } else result.stage = "ADVANCE";
  return result;
}

const STAGE_ORDER: readonly Stage[] = ["SURVIVAL", "ADVANCE", "MATURE"];

export interface BruteForce {
  /** Fewest steps reaching the target, or null if none within maxSteps. */
  minSteps: number | null;
  /** Largest sum of weight units x steps among plans with minSteps. */
  maxWeightedUnits: number | null;
}

/**
 * Tries every way to add up to maxSteps rubric steps to the scored actionable
 * indicators (N/A, unanswered and fixed conditions untouched) and keeps the cheapest that reaches `target`.
 */
export function bruteForce(instrument: Instrument, answers: readonly Answer[], target: Stage, maxSteps: number): BruteForce {
  const weights = instrument.groups.flatMap((g) => g.indicators.map((i) => Math.round(i.weight * 1000)));
  const current = [...answers];
  const actionable = instrument.groups.flatMap((g) => g.indicators.map((i) => i.actionable !== false));
  const open = answers.flatMap((a, i) => (typeof a === "number" && a < 5 && actionable[i] ? [i] : []));
  let best: BruteForce = { minSteps: null, maxWeightedUnits: null };
  const reaches = () => {
    const stage = reference(instrument, current).stage;
    return stage !== null && STAGE_ORDER.indexOf(stage) >= STAGE_ORDER.indexOf(target);
  };
  const visit = (pos: number, steps: number, weighted: number) => {
    if (best.minSteps !== null && steps > best.minSteps) return;
    if (pos === open.length) {
      if (!reaches()) return;
      if (best.minSteps === null || steps < best.minSteps) best = { minSteps: steps, maxWeightedUnits: weighted };
      else if (weighted > best.maxWeightedUnits!) best = { minSteps: steps, maxWeightedUnits: weighted };
      return;
    }
    const i = open[pos]!;
    const start = current[i] as number;
    for (let k = 0; start + k <= 5 && steps + k <= maxSteps; k++) {
      current[i] = (start + k) as Level;
      visit(pos + 1, steps + k, weighted + k * weights[i]!);
    }
    current[i] = start as Level;
  };
  visit(0, 0, 0);
  return best;
}

// Small instruments for exhaustive checks: 2-4 groups, at most 6 indicators,
// weights chosen to be awkward in binary floating point.
const WEIGHTS = [0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3] as const;

export const smallInstrumentArb: fc.Arbitrary<Instrument> = fc
  .record({
    goGroups: fc.array(fc.array(fc.constantFrom(...WEIGHTS), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
    acGroups: fc.array(fc.array(fc.constantFrom(...WEIGHTS), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
    survivalBelow: fc.constantFrom(25, 40, 45.5),
    matureAtLeast: fc.constantFrom(50, 70, 75.25),
    matureMinGroup: fc.constantFrom(37.5, 50, 60),
    share: fc.constantFrom(0.5, 0.6, 1),
    // "2026.2": bounded N/A, a general minimum level, the first indicator a fixed
    // condition and the second (if any) with its own minimum.
    style: fc.constantFrom("2026.1", "2026.2"),
  })
  .filter((s) => s.goGroups.flat().length + s.acGroups.flat().length <= 6)
  .map((s) => {
    let n = 0;
    const group = (dimension: "GROWTH_OPPORTUNITY" | "ACTION_CAPACITY", weights: number[], g: number) => ({
      code: `${dimension === "GROWTH_OPPORTUNITY" ? "GO" : "AC"}_${g}`,
      name: { id: "Kelompok", en: "Group" },
      dimension,
      indicators: weights.map((weight) => ({
        ...(s.style === "2026.2" && n === 0 ? { actionable: false } : {}),
        ...(s.style === "2026.2" && n === 1 ? { matureMinLevel: 3 as const } : {}),
        code: `I${n++}`,
        name: { id: "Indikator", en: "Indicator" },
        rubric: [1, 2, 3, 4, 5].map((l) => ({ id: `Level ${l}`, en: `Level ${l}` })),
        weight,
        source: "SENTRA" as const,
        bdsServices: ["INFORMATION" as const],
        financingChannels: [],
      })),
    });
    const data: InstrumentInput = {
      code: "TEST",
      version: "1",
      name: { id: "Uji", en: "Test" },
      groups: [...s.goGroups.map((w, g) => group("GROWTH_OPPORTUNITY", w, g)), ...s.acGroups.map((w, g) => group("ACTION_CAPACITY", w, g))],
      rules: {
        minAnsweredWeightShare: s.share,
        survivalBelow: s.survivalBelow,
        matureAtLeast: s.matureAtLeast,
        matureMinGroup: s.matureMinGroup,
        borderlineWeightDelta: 0.2,
        ...(s.style === "2026.2"
          ? { minScoredWeight: { numerator: 2, denominator: 3 }, matureMinLevel: 2 as const, recommendationScale: "OVERALL" as const }
          : {}),
      },
    };
    return parseInstrument(data);
  });

export const levelArb: fc.Arbitrary<Level> = fc.constantFrom(1, 2, 3, 4, 5);

/** Mostly levels, sometimes N/A or unanswered. */
export const answerArb: fc.Arbitrary<Answer> = fc.oneof(
  { arbitrary: levelArb, weight: 18 },
  { arbitrary: fc.constant("NA" as const), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
);

export function answersArb(instrument: Instrument, arb: fc.Arbitrary<Answer> = answerArb): fc.Arbitrary<Answer[]> {
  const n = codesOf(instrument).length;
  return fc.array(arb, { minLength: n, maxLength: n });
}
