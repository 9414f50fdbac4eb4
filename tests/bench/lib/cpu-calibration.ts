/**
 * Lighthouse's CPU slowdown, calibrated to the host it runs on.
 *
 * Lighthouse's mobile emulation multiplies the CPU time it observes by 4, a figure chosen so
 * that a high-end desktop (BenchmarkIndex about 1,500–2,000) lands in the mid-tier mobile
 * bracket. On a slower host the same 4× emulates a slower phone than intended; Lighthouse's
 * documentation (docs/throttling.md, "Calibrating the CPU slowdown") asks for a lower
 * multiplier there and links a calculator that maps the BenchmarkIndex Lighthouse records
 * with every run to the multiplier for a mid-tier mobile. The points below are the
 * calculator's own (150 → 1×, 800 → 2×, 1,300 → 3×, and one more × per 233 above that,
 * 1,533 → 4×); between them the multiplier is interpolated linearly. Below 150 the host is
 * too slow to emulate the device at all (the calculator says so too): no multiplier.
 */
const POINTS: ReadonlyArray<readonly [benchmarkIndex: number, multiplier: number]> = [
  [150, 1],
  [800, 2],
  [1300, 3],
  [1533, 4],
];
const ABOVE_SLOPE = 1 / 233;

/**
 * The CPU slowdown multiplier that emulates a mid-tier mobile on a host of this
 * BenchmarkIndex, or null when the host is too slow for that (or the index is not a number).
 */
export function midTierMobileMultiplier(benchmarkIndex: number): number | null {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < POINTS[0]![0]) return null;
  for (let i = 1; i < POINTS.length; i++) {
    const [x0, y0] = POINTS[i - 1]!;
    const [x1, y1] = POINTS[i]!;
    if (benchmarkIndex <= x1) return y0 + ((benchmarkIndex - x0) * (y1 - y0)) / (x1 - x0);
  }
  const [xLast, yLast] = POINTS[POINTS.length - 1]!;
  return yLast + (benchmarkIndex - xLast) * ABOVE_SLOPE;
}
