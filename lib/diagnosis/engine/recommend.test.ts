import { describe, expect, it } from "vitest";
import { BDS_SERVICES, FINANCING_CHANNELS, STAGES } from "./codes";
import { defaultInstrument } from "./default-instrument";
import { recommend, STAGE_EMPHASIS, type Recommendation } from "./recommend";
import { diagnose } from "./score";
import { inputOf } from "./test-fixtures";

function diagnosed(r: Recommendation) {
  if (r.status !== "DIAGNOSED") throw new Error("expected recommendations");
  return r;
}

describe("recommend", () => {
  it("ADVANCE example: what-if indicator first, services ranked by gap x stage emphasis", () => {
    // Plan: CC_INTER_CLUSTER 2 -> 4. Weak (level <= 3): CC_JOINT_ACTION (level 2).
    // Gap of each: 1.5*(100-25)/21 = 112.5/21 = 5.357 points of GROWTH_OPPORTUNITY.
    const input = inputOf(defaultInstrument, { DC_TREND: 5, DC_QUALITY: 5, CC_INTER_CLUSTER: 2, CC_JOINT_ACTION: 2 }, 4);
    const r = diagnosed(recommend(defaultInstrument, diagnose(defaultInstrument, input)));
    expect(r.focus.map((f) => [f.indicator, f.reason, f.plannedSteps])).toEqual([
      ["CC_INTER_CLUSTER", "NEXT_STAGE", 2],
      ["CC_JOINT_ACTION", "WEAK", 0],
    ]);
    expect(r.focus[0]!.gap).toBeCloseTo(112.5 / 21, 12);
    // CC_INTER_CLUSTER -> market access, technology, consultation, training;
    // CC_JOINT_ACTION -> organisation, mentoring, business contact.
    // ADVANCE emphasis: market access 1.5, technology 1.5, business contact 1.25, others 1.
    // Priorities: 8.04, 8.04, 6.70, then 5.357 x4, of which consultation and training
    // close next-stage gap; full ties keep the source's numbering.
    expect(r.services.map((s) => s.code)).toEqual([
      "MARKET_ACCESS",
      "TECHNOLOGY",
      "BUSINESS_CONTACT",
      "CONSULTATION",
      "TRAINING",
      "MENTORING",
      "ORGANISATION_MANAGEMENT",
    ]);
    expect(r.services[0]).toMatchObject({ emphasis: 1.5, indicators: ["CC_INTER_CLUSTER"] });
    expect(r.services[0]!.priority).toBeCloseTo((1.5 * 112.5) / 21, 12);
    // Channels: guarantee 1.5 (CC_INTER_CLUSTER), venture capital 1 (CC_INTER_CLUSTER, next stage), KSP/USP 1.
    expect(r.channels.map((c) => c.code)).toEqual(["GUARANTEE", "VENTURE_CAPITAL", "KSP_USP"]);
  });

  it("MATURE: only weak indicators, export-oriented emphasis", () => {
    // Only FC_GEN_LOCATION (level 3) is weak: gap 1*(100-50)/21 = 50/21.
    // Its services under MATURE: business contact 1.5, market access 1.5, information 0.75.
    const input = inputOf(defaultInstrument, { FC_GEN_LOCATION: 3, DC_TREND: 5, AC_ORGANISATION: 5 }, 4);
    const r = diagnosed(recommend(defaultInstrument, diagnose(defaultInstrument, input)));
    expect(r.stage).toBe("MATURE");
    expect(r.focus.map((f) => [f.indicator, f.reason])).toEqual([["FC_GEN_LOCATION", "WEAK"]]);
    expect(r.services.map((s) => s.code)).toEqual(["BUSINESS_CONTACT", "MARKET_ACCESS", "INFORMATION"]);
    [1.5, 1.5, 0.75].forEach((emphasis, i) => expect(r.services[i]!.priority).toBeCloseTo((emphasis * 50) / 21, 12));
    expect(r.channels).toEqual([]);
  });

  it("SURVIVAL: micro-credit outranks venture capital for the same gaps", () => {
    const r = diagnosed(recommend(defaultInstrument, diagnose(defaultInstrument, inputOf(defaultInstrument, {}, 1))));
    const rank = (code: string) => r.channels.findIndex((c) => c.code === code);
    expect(rank("KSP_USP")).toBeLessThan(rank("VENTURE_CAPITAL"));
    expect(rank("LKM")).toBeLessThan(rank("VENTURE_CAPITAL"));
    expect(r.focus.slice(0, 3).every((f) => f.reason === "NEXT_STAGE")).toBe(true);
  });

  it("insufficient data: asks for answers instead of services", () => {
    expect(recommend(defaultInstrument, diagnose(defaultInstrument, { scores: [] })).status).toBe("INSUFFICIENT_DATA");
  });

  it("the emphasis table covers every service and channel at every stage", () => {
    for (const stage of STAGES) {
      expect(Object.keys(STAGE_EMPHASIS[stage].services).sort()).toEqual([...BDS_SERVICES].sort());
      expect(Object.keys(STAGE_EMPHASIS[stage].channels).sort()).toEqual([...FINANCING_CHANNELS].sort());
    }
  });
});
