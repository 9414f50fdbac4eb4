/** Small statistics and formatting helpers shared by the benchmarks. */

/** The p-th percentile (0..100) of `values`, nearest-rank on a sorted copy. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
}

export function summarize(values: number[]): Summary {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95) };
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "—");

export function range(values: number[], format: (v: number) => string = ms): string {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return "—";
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return lo === hi || format(lo) === format(hi) ? format(lo) : `${format(lo)}–${format(hi)}`;
}

/** A plain-text table, columns padded to their widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")).join("\n");
}
