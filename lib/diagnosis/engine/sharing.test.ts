import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultInstrument } from "./default-instrument";
import { instrument2026_2 } from "./default-instrument-2026-2";
import { explain } from "./explain";
import { diagnose, type DiagnosisResult } from "./score";
import { answersArb, answersOf, inputOf } from "./test-fixtures";

// Issue #13 (engine at 10,000 clusters): results share frozen group and dimension
// outcomes that depend only on their integer sums. Sharing must never carry one
// cluster's data into another's result.

const V2 = instrument2026_2;

/** What a result says, as stored: shared objects and fresh ones serialise alike. */
const asStored = (result: DiagnosisResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe("shared outcomes", () => {
  it("two results with the same sums share one frozen outcome per group and dimension", () => {
    const first = diagnose(V2, inputOf(V2, { DC_TREND: 4 }, 3));
    const second = diagnose(V2, inputOf(V2, { DC_TREND: 4 }, 3));
    expect(first.status).toBe("DIAGNOSED");
    if (first.status !== "DIAGNOSED" || second.status !== "DIAGNOSED") return;
    first.groups.forEach((group, g) => {
      expect(second.groups[g]).toBe(group);
      expect(Object.isFrozen(group)).toBe(true);
    });
    expect(second.dimensions.GROWTH_OPPORTUNITY).toBe(first.dimensions.GROWTH_OPPORTUNITY);
    expect(Object.isFrozen(first.dimensions.ACTION_CAPACITY)).toBe(true);
  });

  it("an unanswered and an N/A indicator with the same sums keep their own outcomes", () => {
    // DC_QUALITY unanswered and DC_QUALITY N/A give DEMAND_CONDITIONS the same scored
    // weight and weighted steps; only the unanswered one lists it as missing.
    const unanswered = diagnose(V2, inputOf(V2, { DC_QUALITY: undefined }, 4));
    const notApplicable = diagnose(V2, inputOf(V2, { DC_QUALITY: "NA" }, 4));
    const unansweredAgain = diagnose(V2, inputOf(V2, { DC_QUALITY: undefined }, 4));
    const demand = (r: DiagnosisResult) => r.groups.find((g) => g.group === "DEMAND_CONDITIONS")!;
    expect(demand(unanswered)).toMatchObject({ missing: ["DC_QUALITY"], notApplicableWeight: 0 });
    expect(demand(notApplicable).missing).toEqual([]);
    expect(demand(notApplicable).notApplicableWeight).toBeGreaterThan(0);
    expect(demand(unansweredAgain)).toEqual(demand(unanswered));
  });

  it.each([
    ["2026.1", defaultInstrument],
    ["2026.2", V2],
  ] as const)("in any order, a batch of %s results equals the same results computed alone", (_, instrument) => {
    fc.assert(
      fc.property(fc.array(answersArb(instrument), { minLength: 2, maxLength: 12 }), (batch) => {
        const together = batch.map((answers) => asStored(diagnose(instrument, answersOf(instrument, answers))));
        const reversed = [...batch].reverse().map((answers) => asStored(diagnose(instrument, answersOf(instrument, answers))));
        expect([...reversed].reverse()).toEqual(together);
      }),
      { numRuns: 60 },
    );
  });
});

describe("explain: critical weaknesses", () => {
  it("are the same whether the stored rule lists them or not", () => {
    const result = diagnose(V2, inputOf(V2, { AC_TECHNOLOGY: 2, CC_JOINT_ACTION: 1 }, 5));
    if (result.status !== "DIAGNOSED" || result.rule.code !== "ADVANCE_NOT_MATURE") throw new Error("expected ADVANCE_NOT_MATURE");
    const stored = structuredClone(result);
    if (stored.rule.code !== "ADVANCE_NOT_MATURE") throw new Error("unreachable");
    delete stored.rule.params.criticalWeaknesses;
    const fromRule = explain(V2, result);
    const recomputed = explain(V2, stored);
    if (fromRule.status !== "DIAGNOSED" || recomputed.status !== "DIAGNOSED") throw new Error("expected explanations");
    expect(fromRule.nextStage?.criticalWeaknesses?.map((w) => w.indicator)).toEqual(["CC_JOINT_ACTION", "AC_TECHNOLOGY"]);
    expect(recomputed.nextStage?.criticalWeaknesses).toEqual(fromRule.nextStage?.criticalWeaknesses);
    // A copy: editing the explanation does not edit the result.
    expect(fromRule.nextStage?.criticalWeaknesses?.[0]).not.toBe(result.rule.params.criticalWeaknesses?.[0]);
  });
});
