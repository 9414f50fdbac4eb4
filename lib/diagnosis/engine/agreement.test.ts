import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreement, krippendorffAlpha, quadraticKappa } from "./agreement";
import type { Level } from "./codes";
import { defaultInstrument } from "./default-instrument";
import { answersOf, type Answer } from "./test-fixtures";

const scoring = (levels: ReadonlyArray<number | null>) =>
  answersOf(defaultInstrument, levels.map((l) => (l === null ? undefined : (l as Level))) as Answer[]);

describe("Cohen's kappa, quadratic weights (two assessors)", () => {
  it("hand example with uniform margins: 0.9", () => {
    // A = 1 2 3 4 5, B = 1 2 3 5 4. Observed sum (a-b)^2 = 2, n = 5: n*2 = 10.
    // Margins are 1 in every category, so expected = sum over the 5x5 grid of (i-j)^2
    // = 2*(4*1 + 3*4 + 2*9 + 1*16) = 100. kappa = 1 - 10/100 = 0.9.
    const result = agreement(defaultInstrument, [scoring([1, 2, 3, 4, 5]), scoring([1, 2, 3, 5, 4])]);
    expect(result).toMatchObject({ method: "COHEN_KAPPA_QUADRATIC", reason: null, items: 5 });
    expect(result.value).toBeCloseTo(0.9, 12);
  });

  it("hand example with unequal margins: 0.75", () => {
    // A = 1 1 2 2 3 3, B = 1 2 2 3 3 3. Observed: 0+1+0+1+0+0 = 2, times n = 6: 12.
    // Margins A (2,2,2), B (1,2,3). Expected sum nA(i) nB(j) (i-j)^2:
    // i=1: 2*(1*0 + 2*1 + 3*4) = 28; i=2: 2*(1*1 + 0 + 3*1) = 8; i=3: 2*(1*4 + 2*1 + 0) = 12; total 48.
    // kappa = 1 - 12/48 = 0.75.
    expect(
      quadraticKappa([
        [1, 1],
        [1, 2],
        [2, 2],
        [2, 3],
        [3, 3],
        [3, 3],
      ]).value,
    ).toBeCloseTo(0.75, 12);
  });

  it("equals Lin's concordance form 2cov/(varA + varB + (meanA - meanB)^2)", () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 2, maxLength: 24 });
    fc.assert(
      fc.property(pairs, (p) => {
        const n = p.length;
        const mean = (f: (x: [number, number]) => number) => p.reduce((s, x) => s + f(x), 0) / n;
        const ma = mean((x) => x[0]);
        const mb = mean((x) => x[1]);
        const va = mean((x) => (x[0] - ma) ** 2);
        const vb = mean((x) => (x[1] - mb) ** 2);
        const cov = mean((x) => (x[0] - ma) * (x[1] - mb));
        const denominator = va + vb + (ma - mb) ** 2;
        const k = quadraticKappa(p);
        if (denominator === 0) expect(k).toMatchObject({ value: null, reason: "NO_VARIANCE" });
        else expect(k.value!).toBeCloseTo((2 * cov) / denominator, 9);
      }),
      { numRuns: 500 },
    );
  });

  it("degenerate cases return null with a reason, never NaN", () => {
    expect(agreement(defaultInstrument, [scoring([3, 3, 3]), scoring([3, 3, 3])])).toMatchObject({ value: null, reason: "NO_VARIANCE" });
    expect(agreement(defaultInstrument, [scoring([3]), scoring([4])])).toMatchObject({ value: null, reason: "TOO_FEW_ITEMS", items: 1 });
    expect(agreement(defaultInstrument, [scoring([3, 4])])).toMatchObject({ value: null, reason: "FEWER_THAN_TWO_SCORINGS" });
    expect(agreement(defaultInstrument, [])).toMatchObject({ value: null, reason: "FEWER_THAN_TWO_SCORINGS" });
  });
});

describe("Krippendorff's alpha (three or more assessors)", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the
  // 4-observer x 12-unit example with missing values. Published: nominal 0.743,
  // ordinal 0.815, interval 0.849. Units become the first 12 indicators.
  const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
  const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
  const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
  const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];

  it("interval alpha = 0.849 on the textbook data", () => {
    const result = agreement(defaultInstrument, [A, B, C, D].map(scoring));
    expect(result).toMatchObject({ method: "KRIPPENDORFF_ALPHA_INTERVAL", reason: null, items: 11 });
    expect(result.value).toBeCloseTo(0.849, 3);
  });

  it("ordinal alpha = 0.815 on the textbook data", () => {
    const result = agreement(defaultInstrument, [A, B, C, D].map(scoring), { metric: "ordinal" });
    expect(result.method).toBe("KRIPPENDORFF_ALPHA_ORDINAL");
    expect(result.value).toBeCloseTo(0.815, 3);
  });

  it("lists the indicators where two assessors are two or more levels apart", () => {
    // Unit 6 (FC_SPE_RAW_MATERIAL): 1, 2, 3, 4 -> spread 3. Unit 2 (2, 2, 3, 2): spread 1, not listed.
    const result = agreement(defaultInstrument, [A, B, C, D].map(scoring));
    expect(result.disagreements).toEqual([{ indicator: "FC_SPE_RAW_MATERIAL", levels: [1, 2, 3, 4], spread: 3 }]);
  });

  it("no variance and no pairable unit give null with a reason", () => {
    expect(
      agreement(
        defaultInstrument,
        [
          [4, 4],
          [4, 4],
          [4, null],
        ].map(scoring),
      ),
    ).toMatchObject({ value: null, reason: "NO_VARIANCE" });
    expect(krippendorffAlpha([[1], [2], []], "interval")).toMatchObject({ value: null, reason: "TOO_FEW_ITEMS" });
  });

  it("is 1 for perfect agreement with variance, and never NaN", () => {
    expect(
      agreement(
        defaultInstrument,
        [
          [1, 3, 5],
          [1, 3, 5],
          [1, 3, 5],
        ].map(scoring),
      ).value,
    ).toBe(1);
    const raters = fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 24, maxLength: 24 }), {
      minLength: 3,
      maxLength: 6,
    });
    fc.assert(
      fc.property(raters, fc.constantFrom("interval" as const, "ordinal" as const), (r, metric) => {
        const result = agreement(defaultInstrument, r.map(scoring), { metric });
        if (result.value === null) expect(result.reason).not.toBeNull();
        else expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });
});
