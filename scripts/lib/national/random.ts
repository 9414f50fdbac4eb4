/**
 * Deterministic randomness for the national data set. JavaScript parts draw from a
 * seeded mulberry32 stream; SQL parts hash the row number with `hashint8extended`,
 * which PostgreSQL keeps stable across versions and platforms (hash partitioning
 * depends on it), so the same seed gives the same rows wherever it runs.
 */

export type Random = () => number;

/** mulberry32: tiny, seedable, good enough for test data. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** An index chosen with probability proportional to `weights[i]`. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

/** Log-normal around `median` (sigma in natural-log units), clamped to [min, max]. */
export function logNormal(random: Random, median: number, sigma: number, min: number, max: number): number {
  // Box–Muller; 1 - random() keeps the logarithm finite.
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * z))));
}

/**
 * SQL helpers over a bigint row number `rowExpr`: each `stream` is an independent
 * sequence, so adding a new column later does not shift the values of the others.
 */
export function sqlRandom(seed: number, rowExpr: string) {
  const hash = (stream: number) => `(hashint8extended(${rowExpr}, ${seed * 1000 + stream}) & 9223372036854775807)`;
  return {
    /** Uniform in [0, 1). */
    unit: (stream: number) => `((${hash(stream)} % 1000000007)::float8 / 1000000007)`,
    /** Uniform integer in [min, max]. */
    int: (stream: number, min: number, max: number) => `(${min} + ${hash(stream)} % ${max - min + 1})::int`,
    /** One element of a 1-based text[] expression. */
    pick: (stream: number, arrayExpr: string) => `(${arrayExpr})[1 + (${hash(stream)} % cardinality(${arrayExpr}))::int]`,
  };
}
