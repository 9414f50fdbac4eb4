import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultInstrument } from "./default-instrument";
import { EngineError } from "./errors";
import { explain, type Explanation } from "./explain";
import { parseInstrument } from "./instrument";
import { diagnose, type DiagnosisResult } from "./score";
import { answersArb, answersOf, inputOf, SURVIVAL_EXAMPLE } from "./test-fixtures";

function diagnosed(explanation: Explanation) {
  if (explanation.status !== "DIAGNOSED") throw new Error("expected a diagnosed explanation");
  return explanation;
}

const advance = inputOf(defaultInstrument, { DC_TREND: 5, DC_QUALITY: 5, CC_INTER_CLUSTER: 2, CC_JOINT_ACTION: 2 }, 4);

describe("explain", () => {
  it("SURVIVAL: rule, contributions and the distance to ADVANCE", () => {
    const e = diagnosed(explain(defaultInstrument, diagnose(defaultInstrument, SURVIVAL_EXAMPLE)));
    expect(e.rule.code).toBe("SURVIVAL_DIMENSION_BELOW");
    const go = e.dimensions.find((d) => d.dimension === "GROWTH_OPPORTUNITY")!;
    // DEMAND_CONDITIONS supplies 4*50/21 = 9.52 of the 29.76 points.
    expect(go.groups.find((g) => g.group === "DEMAND_CONDITIONS")!.contribution).toBeCloseTo(200 / 21, 12);
    // DC_TREND: weight share 2/21, contribution 2*50/21, shortfall 2*50/21.
    expect(go.indicators.find((i) => i.indicator === "DC_TREND")).toMatchObject({
      weightShare: 2 / 21,
      contribution: 100 / 21,
      shortfall: 100 / 21,
    });
    // Distance: GO 40 - 625/21 = 215/21 = 10.24; AC already 50 >= 40. No group rule for ADVANCE.
    expect(e.nextStage).toEqual({
      stage: "ADVANCE",
      dimensions: [
        { dimension: "GROWTH_OPPORTUNITY", score: 625 / 21, threshold: 40, gap: 40 - 625 / 21 },
        { dimension: "ACTION_CAPACITY", score: 50, threshold: 40, gap: 0 },
      ],
      weakestGroup: null,
    });
    // Weakest: level 2 (25) indicators; among them the heaviest (competition, 1.5) first.
    expect(e.weakest.map((i) => i.indicator)).toEqual(["CC_INTER_CLUSTER", "CC_JOINT_ACTION", "FC_GEN_LOCATION"]);
    // Strongest: level 3; demand (weight 2) before AC_ORGANISATION (1.5).
    expect(e.strongest.map((i) => i.indicator)).toEqual(["DC_TREND", "DC_QUALITY", "AC_ORGANISATION"]);
  });

  it("ADVANCE: the weakest group against matureMinGroup", () => {
    const e = diagnosed(explain(defaultInstrument, diagnose(defaultInstrument, advance)));
    expect(e.nextStage?.stage).toBe("MATURE");
    expect(e.nextStage?.weakestGroup).toEqual({ group: "COMPETITION_COOPERATION", score: 25, threshold: 50, gap: 25 });
    expect(e.nextStage?.dimensions.map((d) => d.gap)).toEqual([0, 0]);
  });

  it("MATURE has no next stage; insufficient data explains what is missing", () => {
    const mature = diagnosed(explain(defaultInstrument, diagnose(defaultInstrument, inputOf(defaultInstrument, {}, 5))));
    expect(mature.nextStage).toBeNull();
    const missing = explain(defaultInstrument, diagnose(defaultInstrument, { scores: [] }));
    expect(missing.status).toBe("INSUFFICIENT_DATA");
    if (missing.status === "INSUFFICIENT_DATA") expect(missing.rule.params.groups).toHaveLength(5);
  });

  it("contributions add up to the dimension and group scores", () => {
    fc.assert(
      fc.property(answersArb(defaultInstrument), (answers) => {
        const result = diagnose(defaultInstrument, answersOf(defaultInstrument, answers));
        const e = explain(defaultInstrument, result);
        if (e.status !== "DIAGNOSED") return;
        for (const d of e.dimensions) {
          expect(d.indicators.reduce((s, i) => s + i.contribution, 0)).toBeCloseTo(d.score, 9);
          expect(d.groups.reduce((s, g) => s + g.contribution, 0)).toBeCloseTo(d.score, 9);
          expect(d.indicators.reduce((s, i) => s + i.contribution + i.shortfall, 0)).toBeCloseTo(100, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("recommend and sensitivity refuse a result whose stage does not follow from its levels", async () => {
    const { recommend } = await import("./recommend");
    const { sensitivity } = await import("./sensitivity");
    const result = diagnose(defaultInstrument, advance);
    if (result.status !== "DIAGNOSED") throw new Error("expected a stage");
    const edited: DiagnosisResult = { ...result, stage: "MATURE" };
    for (const run of [() => recommend(defaultInstrument, edited), () => sensitivity(defaultInstrument, edited)]) {
      expect(run).toThrow(EngineError);
      try {
        run();
      } catch (error) {
        expect((error as EngineError).code).toBe("INCONSISTENT_RESULT");
      }
    }
  });

  it("refuses a result computed with another instrument version", () => {
    const other = parseInstrument({ ...defaultInstrument, version: "2027.1" });
    const result = diagnose(defaultInstrument, advance);
    expect(() => explain(other, result)).toThrow(EngineError);
    try {
      explain(other, result);
    } catch (error) {
      expect((error as EngineError).code).toBe("INSTRUMENT_MISMATCH");
    }
  });
});
