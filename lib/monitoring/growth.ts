/**
 * Derived outcome figures (docs/monitoring.md). Pure: no Prisma, no Next, no I/O.
 * Nothing here is stored; pages and the dashboard compute it from the yearly rows.
 */

export interface YearValue {
  year: number;
  value: number | bigint | null;
}

function toNumber(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}

/** The rows with a value, sorted by year; the first is the baseline. */
function known(series: readonly YearValue[]): Array<{ year: number; value: number }> {
  return series
    .filter((p): p is { year: number; value: number | bigint } => p.value !== null)
    .map((p) => ({ year: p.year, value: toNumber(p.value) }))
    .sort((a, b) => a.year - b.year);
}

/**
 * Growth from the baseline (the first year with a value) to the latest year, as a
 * fraction (0.25 = +25 %). Null with fewer than two years or a zero baseline (growth
 * from nothing has no ratio).
 */
export function growthSinceBaseline(series: readonly YearValue[]): number | null {
  const points = known(series);
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  if (first.value <= 0) return null;
  return last.value / first.value - 1;
}

/**
 * Compound annual growth rate between the baseline and the latest year:
 * (last / first)^(1 / years) − 1. Null with fewer than two years, a zero or negative
 * end point (the rate is undefined), or a non-positive baseline.
 */
export function compoundAnnualGrowth(series: readonly YearValue[]): number | null {
  const points = known(series);
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const years = last.year - first.year;
  if (years <= 0 || first.value <= 0 || last.value <= 0) return null;
  return (last.value / first.value) ** (1 / years) - 1;
}

/** The median of the values, null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median growth since baseline of two groups of sentra (e.g. supported vs not),
 * with the number of sentra on each side that had a growth figure.
 */
export function compareGroups<K extends string>(
  rows: ReadonlyArray<{ group: K; growth: number | null }>,
  groups: readonly K[],
): Array<{ group: K; count: number; medianGrowth: number | null }> {
  return groups.map((group) => {
    const values = rows.filter((r) => r.group === group && r.growth !== null).map((r) => r.growth!);
    return { group, count: values.length, medianGrowth: median(values) };
  });
}
