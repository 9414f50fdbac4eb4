import { describe, expect, it } from "vitest";
import { defaultInstrument } from "./default-instrument";
import { parseInstrument } from "./instrument";
import { diagnose, type DiagnosisResult } from "./score";
import { inputOf } from "./test-fixtures";

// Default weights: the nine FACTOR_CONDITIONS indicators 1 each (group 9), the two
// DEMAND_CONDITIONS 2 each (4), the five RELATED_SUPPORTING 1 each (5), the two
// COMPETITION_COOPERATION 1.5 each (3): GROWTH_OPPORTUNITY weighs 21.
// ACTION_CAPACITY: AC_ORGANISATION 1.5 and five others at 1: 6.5.
// Level -> score: 1->0, 2->25, 3->50, 4->75, 5->100.

function diagnosed(result: DiagnosisResult) {
  if (result.status !== "DIAGNOSED") throw new Error(`expected a stage, got ${result.status}`);
  return result;
}

const groupScore = (result: DiagnosisResult, code: string) => result.groups.find((g) => g.group === code)!.score;

describe("worked examples on the default instrument", () => {
  it("SURVIVAL: growth opportunity below 40", () => {
    // Growth opportunity at level 2 except demand at level 3; action capacity at 3.
    const input = inputOf(defaultInstrument, { DC_TREND: 3, DC_QUALITY: 3, ...acAt(3) }, 2);
    const result = diagnosed(diagnose(defaultInstrument, input));
    // GO = (9*25 + 4*50 + 5*25 + 3*25) / 21 = (225 + 200 + 125 + 75) / 21 = 625/21 = 29.76
    expect(result.dimensions.GROWTH_OPPORTUNITY.score).toBeCloseTo(625 / 21, 12);
    // AC = 6.5*50 / 6.5 = 50
    expect(result.dimensions.ACTION_CAPACITY.score).toBe(50);
    expect(groupScore(result, "DEMAND_CONDITIONS")).toBe(50);
    expect(result.stage).toBe("SURVIVAL");
    expect(result.rule).toEqual({
      code: "SURVIVAL_DIMENSION_BELOW",
      params: { survivalBelow: 40, dimensions: [{ dimension: "GROWTH_OPPORTUNITY", score: 625 / 21 }] },
    });
  });

  it("ADVANCE: both dimensions above 70 but the weakest-link guard holds it back", () => {
    // All at 4, demand at 5, competition and cooperation at 2.
    const input = inputOf(defaultInstrument, { DC_TREND: 5, DC_QUALITY: 5, CC_INTER_CLUSTER: 2, CC_JOINT_ACTION: 2 }, 4);
    const result = diagnosed(diagnose(defaultInstrument, input));
    // GO = (9*75 + 4*100 + 5*75 + 3*25) / 21 = (675 + 400 + 375 + 75) / 21 = 1525/21 = 72.62 >= 70
    expect(result.dimensions.GROWTH_OPPORTUNITY.score).toBeCloseTo(1525 / 21, 12);
    // AC = 75 >= 70
    expect(result.dimensions.ACTION_CAPACITY.score).toBe(75);
    // COMPETITION_COOPERATION = 3*25 / 3 = 25 < matureMinGroup 50
    expect(groupScore(result, "COMPETITION_COOPERATION")).toBe(25);
    expect(result.stage).toBe("ADVANCE");
    expect(result.rule).toEqual({
      code: "ADVANCE_NOT_MATURE",
      params: {
        matureAtLeast: 70,
        matureMinGroup: 50,
        dimensionsBelow: [],
        groupsBelow: [{ group: "COMPETITION_COOPERATION", score: 25 }],
      },
    });
  });

  it("MATURE: both dimensions at least 70 and no factor group below 50", () => {
    const input = inputOf(defaultInstrument, { FC_GEN_LOCATION: 3, DC_TREND: 5, AC_ORGANISATION: 5 }, 4);
    const result = diagnosed(diagnose(defaultInstrument, input));
    // FACTOR_CONDITIONS = (8*75 + 50) / 9 = 650/9 = 72.22
    // DEMAND_CONDITIONS = (2*100 + 2*75) / 4 = 87.5; RELATED_SUPPORTING = 75; COMPETITION_COOPERATION = 75
    // GO = (650 + 350 + 375 + 225) / 21 = 1600/21 = 76.19
    // AC = (1.5*100 + 5*75) / 6.5 = 525/6.5 = 80.77
    expect(groupScore(result, "FACTOR_CONDITIONS")).toBeCloseTo(650 / 9, 12);
    expect(groupScore(result, "DEMAND_CONDITIONS")).toBe(87.5);
    expect(result.dimensions.GROWTH_OPPORTUNITY.score).toBeCloseTo(1600 / 21, 12);
    expect(result.dimensions.ACTION_CAPACITY.score).toBeCloseTo(525 / 6.5, 12);
    expect(result.stage).toBe("MATURE");
    expect(result.rule).toEqual({
      code: "MATURE_ALL_MET",
      params: { matureAtLeast: 70, matureMinGroup: 50, weakestGroup: { group: "FACTOR_CONDITIONS", score: 650 / 9 } },
    });
  });

  it("INSUFFICIENT_DATA: factor conditions only 5 of 9 weight answered", () => {
    const unanswered = {
      FC_GEN_LOCATION: undefined,
      FC_GEN_ENVIRONMENT: undefined,
      FC_SPE_TRAINING: undefined,
      FC_SPE_INFORMATION: undefined,
    };
    const result = diagnose(defaultInstrument, inputOf(defaultInstrument, unanswered, 4));
    // FACTOR_CONDITIONS: 5/9 = 0.556 < 0.6; every other group fully answered.
    expect(result.status).toBe("INSUFFICIENT_DATA");
    expect(result.stage).toBeNull();
    if (result.status !== "INSUFFICIENT_DATA") return;
    expect(result.missing).toEqual([
      {
        group: "FACTOR_CONDITIONS",
        reason: "TOO_FEW_ANSWERED",
        indicators: ["FC_GEN_LOCATION", "FC_GEN_ENVIRONMENT", "FC_SPE_TRAINING", "FC_SPE_INFORMATION"],
        answeredShare: 5 / 9,
        requiredShare: 0.6,
      },
    ]);
    // Six of nine (0.667) is enough.
    const six = diagnose(defaultInstrument, inputOf(defaultInstrument, { ...unanswered, FC_GEN_LOCATION: 2 }, 4));
    expect(six.status).toBe("DIAGNOSED");
  });

  it("N/A leaves the indicator out of the score and out of the sufficiency base", () => {
    // DC_TREND N/A: DEMAND_CONDITIONS = DC_QUALITY alone; applicable weight 2, all answered.
    const input = inputOf(defaultInstrument, { DC_TREND: "NA", DC_QUALITY: 5 }, 3);
    const result = diagnosed(diagnose(defaultInstrument, input));
    const demand = result.groups.find((g) => g.group === "DEMAND_CONDITIONS")!;
    expect(demand).toMatchObject({ score: 100, scoredWeight: 2, notApplicableWeight: 2, answeredShare: 1, isSufficient: true });
    // GO = (9*50 + 2*100 + 5*50 + 3*50) / 19 = 1050/19
    expect(result.dimensions.GROWTH_OPPORTUNITY).toEqual({ dimension: "GROWTH_OPPORTUNITY", score: 1050 / 19, scoredWeight: 19 });
    expect(result.indicators.find((i) => i.indicator === "DC_TREND")).toMatchObject({
      status: "NOT_APPLICABLE",
      level: null,
      score: null,
      reason: "tidak relevan",
    });
  });

  it("a group that is entirely N/A is insufficient, not silently dropped", () => {
    const result = diagnose(defaultInstrument, inputOf(defaultInstrument, { DC_TREND: "NA", DC_QUALITY: "NA" }, 3));
    expect(result.status).toBe("INSUFFICIENT_DATA");
    if (result.status === "INSUFFICIENT_DATA") {
      expect(result.missing).toEqual([
        { group: "DEMAND_CONDITIONS", reason: "ALL_NOT_APPLICABLE", indicators: [], answeredShare: null, requiredShare: 0.6 },
      ]);
    }
  });

  it("indicator outcomes are frozen (they are shared between results)", () => {
    const first = diagnose(defaultInstrument, inputOf(defaultInstrument, {}, 3));
    const second = diagnose(defaultInstrument, inputOf(defaultInstrument, { DC_TREND: "NA" }, 3));
    expect(Object.isFrozen(first.indicators[0])).toBe(true);
    expect(() => {
      (first.indicators[0] as { level: number }).level = 5;
    }).toThrow(TypeError);
    // An N/A outcome carries its own reason, never the shared object.
    expect(second.indicators.find((i) => i.indicator === "DC_TREND")).toMatchObject({ status: "NOT_APPLICABLE", reason: "tidak relevan" });
    expect(first.indicators.find((i) => i.indicator === "DC_TREND")).toMatchObject({ status: "SCORED", level: 3, reason: null });
  });

  it("result carries the instrument version and a stable input hash", () => {
    const result = diagnose(defaultInstrument, inputOf(defaultInstrument, {}, 3));
    expect(result.instrument).toEqual({ code: "SENTRA-DIAG", version: "2026.1" });
    expect(result.inputHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    const other = diagnose(defaultInstrument, inputOf(defaultInstrument, { AC_OPENNESS: 4 }, 3));
    expect(other.inputHash).not.toBe(result.inputHash);
  });
});

describe("exact threshold comparisons", () => {
  // Weights 0.1 and 0.2 have no exact binary form, so naive floating point can
  // put a score a hair below a threshold it meets exactly.
  const build = (survivalBelow: number) =>
    parseInstrument({
      code: "EXACT",
      version: "1",
      name: { id: "x", en: "x" },
      groups: [
        {
          code: "GO",
          name: { id: "x", en: "x" },
          dimension: "GROWTH_OPPORTUNITY",
          indicators: [0.1, 0.2].map((weight, i) => indicator(`G${i}`, weight)),
        },
        { code: "AC", name: { id: "x", en: "x" }, dimension: "ACTION_CAPACITY", indicators: [indicator("A0", 0.3)] },
      ],
      rules: { survivalBelow, matureAtLeast: 100, matureMinGroup: 0 },
    });
  const levels = (g0: number, g1: number) => ({
    scores: [
      { indicator: "G0", level: g0 as 1 },
      { indicator: "G1", level: g1 as 1 },
      { indicator: "A0", level: 5 as const },
    ],
  });

  it("a score exactly on the threshold meets it, one hundredth above does not", () => {
    // Levels 3 and 3: 25*(0.1*2 + 0.2*2)/0.3 = 50 exactly.
    expect(diagnose(build(50), levels(3, 3)).stage).toBe("ADVANCE");
    expect(diagnose(build(50.01), levels(3, 3)).stage).toBe("SURVIVAL");
  });

  it("where naive floating point is wrong, the engine is right", () => {
    // The exact score is 25*((a-1) + 2*(b-1))/3; keep the grid points where that
    // is a whole number (a valid threshold) and the naive float comes out below it.
    let bitten = 0;
    for (let a = 1; a <= 5; a++) {
      for (let b = 1; b <= 5; b++) {
        const naive = (100 * ((0.1 * (a - 1)) / 4 + (0.2 * (b - 1)) / 4)) / (0.1 + 0.2);
        const exactTimes3 = 25 * (a - 1 + 2 * (b - 1));
        if (exactTimes3 % 3 !== 0 || naive >= exactTimes3 / 3) continue;
        bitten += 1;
        expect(diagnose(build(exactTimes3 / 3), levels(a, b)).stage).toBe("ADVANCE");
      }
    }
    // Without such a case this test could not fail.
    expect(bitten).toBeGreaterThan(0);
  });
});

function acAt(level: 1 | 2 | 3 | 4 | 5) {
  return Object.fromEntries(
    ["AC_ORGANISATION", "AC_PLANNING", "AC_TRACK_RECORD", "AC_CO_INVESTMENT", "AC_TECHNOLOGY", "AC_OPENNESS"].map((c) => [c, level]),
  );
}

function indicator(code: string, weight: number) {
  return {
    code,
    name: { id: code, en: code },
    rubric: [1, 2, 3, 4, 5].map((l) => ({ id: `L${l}`, en: `L${l}` })),
    weight,
    source: "SENTRA" as const,
    bdsServices: [],
    financingChannels: [],
  };
}
