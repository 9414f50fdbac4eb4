import { describe, expect, it } from "vitest";
import { compareGroups, compoundAnnualGrowth, growthSinceBaseline, median } from "@/lib/monitoring/growth";

describe("growth since baseline", () => {
  it("compares the latest year with the first, whatever the order of the rows", () => {
    const series = [
      { year: 2021, value: 150 },
      { year: 2019, value: 100 },
      { year: 2020, value: 120 },
    ];
    expect(growthSinceBaseline(series)).toBeCloseTo(0.5);
  });

  it("reads BigInt Rupiah and shows a decline as negative", () => {
    expect(
      growthSinceBaseline([
        { year: 2019, value: 2_000_000_000n },
        { year: 2020, value: 1_500_000_000n },
      ]),
    ).toBeCloseTo(-0.25);
  });

  it("skips years without a value; the baseline is the first year that has one", () => {
    expect(
      growthSinceBaseline([
        { year: 2018, value: null },
        { year: 2019, value: 200 },
        { year: 2022, value: 300 },
      ]),
    ).toBeCloseTo(0.5);
  });

  it("has no figure with one year or a zero baseline", () => {
    expect(growthSinceBaseline([{ year: 2019, value: 10 }])).toBeNull();
    expect(growthSinceBaseline([])).toBeNull();
    expect(
      growthSinceBaseline([
        { year: 2019, value: 0 },
        { year: 2020, value: 10 },
      ]),
    ).toBeNull();
  });
});

describe("compound annual growth", () => {
  it("is the yearly rate that leads from the baseline to the latest value", () => {
    // 100 -> 121 over two years is 10 % a year.
    expect(
      compoundAnnualGrowth([
        { year: 2019, value: 100 },
        { year: 2021, value: 121 },
      ]),
    ).toBeCloseTo(0.1, 10);
    expect(
      compoundAnnualGrowth([
        { year: 2019, value: 100 },
        { year: 2020, value: 90 },
      ]),
    ).toBeCloseTo(-0.1, 10);
  });

  it("is undefined for a single year, a zero end or a zero baseline", () => {
    expect(compoundAnnualGrowth([{ year: 2019, value: 100 }])).toBeNull();
    expect(
      compoundAnnualGrowth([
        { year: 2019, value: 100 },
        { year: 2020, value: 0 },
      ]),
    ).toBeNull();
    expect(
      compoundAnnualGrowth([
        { year: 2019, value: 0 },
        { year: 2020, value: 5 },
      ]),
    ).toBeNull();
  });

  it("agrees with the growth since baseline: (1 + cagr)^years = 1 + growth", () => {
    const series = [
      { year: 2019, value: 1_000n },
      { year: 2020, value: 1_100n },
      { year: 2026, value: 1_900n },
    ];
    const cagr = compoundAnnualGrowth(series)!;
    expect((1 + cagr) ** 7).toBeCloseTo(1 + growthSinceBaseline(series)!, 10);
  });
});

describe("median and group comparison", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("counts only sentra with a growth figure on each side", () => {
    const result = compareGroups(
      [
        { group: "supported", growth: 0.2 },
        { group: "supported", growth: 0.4 },
        { group: "supported", growth: null },
        { group: "other", growth: -0.1 },
      ],
      ["supported", "other", "unused"] as const,
    );
    expect(result).toEqual([
      { group: "supported", count: 2, medianGrowth: expect.closeTo(0.3) as number },
      { group: "other", count: 1, medianGrowth: -0.1 },
      { group: "unused", count: 0, medianGrowth: null },
    ]);
  });
});
