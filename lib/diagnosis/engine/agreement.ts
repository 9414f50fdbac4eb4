import type { Level } from "./codes";
import { compileInstrument } from "./compile";
import { parseScoreInput, type ScoreInput } from "./input";
import type { Instrument } from "./instrument";

// Items are the indicators; an assessor's rating is the rubric level. N/A and
// unanswered lines are missing data, not a rating.
// Two assessors: Cohen's kappa with quadratic weights, the usual choice for
// ordered categories. Three or more: Krippendorff's alpha, interval by default
// because the scoring itself treats the five levels as equally spaced (and
// interval alpha is the multi-rater counterpart of quadratic kappa); the ordinal
// metric is available for analysts who prefer not to assume equal spacing.
// Sums are taken over integers, so "no variance" is an exact zero, never NaN.

type AgreementMethod = "COHEN_KAPPA_QUADRATIC" | "KRIPPENDORFF_ALPHA_INTERVAL" | "KRIPPENDORFF_ALPHA_ORDINAL";

interface Disagreement {
  indicator: string;
  /** Per scoring, in the order given; null where not scored. */
  levels: Array<Level | null>;
  spread: number;
}

export interface AgreementResult {
  method: AgreementMethod | null;
  value: number | null;
  reason: null | "FEWER_THAN_TWO_SCORINGS" | "TOO_FEW_ITEMS" | "NO_VARIANCE";
  /** Items that entered the coefficient (scored by both, or by at least two). */
  items: number;
  /** Indicators where two assessors are two or more levels apart. */
  disagreements: Disagreement[];
}

export function agreement(
  instrument: Instrument,
  scorings: readonly ScoreInput[],
  options: { metric?: "interval" | "ordinal" } = {},
): AgreementResult {
  const compiled = compileInstrument(instrument);
  const ratings = scorings.map((s) => parseScoreInput(compiled, s).steps.map((step) => (step >= 0 ? step + 1 : null)));
  const disagreements: Disagreement[] = [];
  compiled.indicators.forEach((ind, i) => {
    const levels = ratings.map((r) => r[i] as Level | null);
    const given = levels.filter((l): l is Level => l !== null);
    const spread = given.length > 1 ? Math.max(...given) - Math.min(...given) : 0;
    if (spread >= 2) disagreements.push({ indicator: ind.code, levels, spread });
  });
  if (ratings.length < 2) {
    return { method: null, value: null, reason: "FEWER_THAN_TWO_SCORINGS", items: 0, disagreements };
  }
  const units = compiled.indicators.map((_, i) => ratings.map((r) => r[i]!).filter((v): v is number => v !== null));
  if (ratings.length === 2) {
    const pairs = compiled.indicators
      .map((_, i) => [ratings[0]![i]!, ratings[1]![i]!] as const)
      .filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== null);
    return { ...quadraticKappa(pairs), method: "COHEN_KAPPA_QUADRATIC", disagreements };
  }
  const metric = options.metric ?? "interval";
  return {
    ...krippendorffAlpha(units, metric),
    method: metric === "interval" ? "KRIPPENDORFF_ALPHA_INTERVAL" : "KRIPPENDORFF_ALPHA_ORDINAL",
    disagreements,
  };
}

type Coefficient = Pick<AgreementResult, "value" | "reason" | "items">;

/** Ratings 1..5. kappa = 1 - n*sum(a-b)^2 / sum_ij n_a(i) n_b(j) (i-j)^2. */
export function quadraticKappa(pairs: ReadonlyArray<readonly [number, number]>): Coefficient {
  const n = pairs.length;
  if (n < 2) return { value: null, reason: "TOO_FEW_ITEMS", items: n };
  const countA = new Array<number>(6).fill(0);
  const countB = new Array<number>(6).fill(0);
  let observed = 0;
  for (const [a, b] of pairs) {
    countA[a]! += 1;
    countB[b]! += 1;
    observed += (a - b) ** 2;
  }
  let expected = 0;
  for (let i = 1; i <= 5; i++) for (let j = 1; j <= 5; j++) expected += countA[i]! * countB[j]! * (i - j) ** 2;
  if (expected === 0) return { value: null, reason: "NO_VARIANCE", items: n };
  return { value: 1 - (n * observed) / expected, reason: null, items: n };
}

/**
 * Units with at least two values are pairable; n_c counts the pairable values
 * per level. alpha = 1 - (n-1) * sum_u [sum_{pairs in u} d(c,k) / (m_u - 1)]
 * / sum_{c,k} n_c n_k d(c,k). The expected sum is over integers (interval) or
 * quarter-integers (ordinal), so "no variance" is an exact zero.
 */
export function krippendorffAlpha(units: ReadonlyArray<readonly number[]>, metric: "interval" | "ordinal"): Coefficient {
  const pairable = units.filter((u) => u.length >= 2);
  const nc = new Array<number>(6).fill(0);
  for (const u of pairable) for (const v of u) nc[v]! += 1;
  const n = nc.reduce((a, b) => a + b, 0);
  if (pairable.length === 0 || n < 2) return { value: null, reason: "TOO_FEW_ITEMS", items: pairable.length };
  const delta = (c: number, k: number): number => {
    if (metric === "interval") return (c - k) ** 2;
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let between = 0;
    for (let g = lo; g <= hi; g++) between += nc[g]!;
    return (between - (nc[c]! + nc[k]!) / 2) ** 2;
  };
  let expected = 0;
  for (let c = 1; c <= 5; c++) for (let k = 1; k <= 5; k++) expected += nc[c]! * nc[k]! * delta(c, k);
  if (expected === 0) return { value: null, reason: "NO_VARIANCE", items: pairable.length };
  let observed = 0;
  for (const u of pairable) {
    let within = 0;
    for (let a = 0; a < u.length; a++) for (let b = 0; b < u.length; b++) if (a !== b) within += delta(u[a]!, u[b]!);
    observed += within / (u.length - 1);
  }
  return { value: 1 - ((n - 1) * observed) / expected, reason: null, items: pairable.length };
}
