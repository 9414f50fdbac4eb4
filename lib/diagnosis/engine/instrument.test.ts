import { describe, expect, it } from "vitest";
import { BDS_SERVICES, FINANCING_CHANNELS } from "./codes";
import { defaultInstrument, defaultInstrumentData } from "./default-instrument";
import { EngineError } from "./errors";
import { parseInstrument } from "./instrument";

const clone = () =>
  structuredClone(defaultInstrumentData) as unknown as {
    code: string;
    groups: Array<{ code: string; dimension: string; subGroups?: unknown; indicators: Array<Record<string, unknown>> }>;
    rules: Record<string, number>;
  };

function problem(mutate: (data: ReturnType<typeof clone>) => void): string {
  const data = clone();
  mutate(data);
  try {
    parseInstrument(data);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe("INVALID_INSTRUMENT");
    return (error as EngineError).message;
  }
  throw new Error("instrument was accepted");
}

describe("default instrument", () => {
  const indicators = defaultInstrument.groups.flatMap((g) => g.indicators);

  it("has the source's 18 indicators in four groups and six of ours", () => {
    const source = defaultInstrument.groups.filter((g) => g.indicators.every((i) => i.source === "SOURCE_TABLE"));
    expect(source.map((g) => [g.code, g.indicators.length])).toEqual([
      ["FACTOR_CONDITIONS", 9],
      ["DEMAND_CONDITIONS", 2],
      ["RELATED_SUPPORTING", 5],
      ["COMPETITION_COOPERATION", 2],
    ]);
    expect(source.every((g) => g.dimension === "GROWTH_OPPORTUNITY")).toBe(true);
    const ours = indicators.filter((i) => i.source === "SENTRA");
    expect(ours.map((i) => i.code)).toEqual([
      "AC_ORGANISATION",
      "AC_PLANNING",
      "AC_TRACK_RECORD",
      "AC_CO_INVESTMENT",
      "AC_TECHNOLOGY",
      "AC_OPENNESS",
    ]);
    const fc = defaultInstrument.groups[0]!;
    expect(fc.indicators.filter((i) => i.subGroup === "GENERAL")).toHaveLength(4);
    expect(fc.indicators.filter((i) => i.subGroup === "SPECIFIC")).toHaveLength(5);
  });

  it("has five distinct bilingual rubric levels and at least one service per indicator", () => {
    for (const indicator of indicators) {
      expect(new Set(indicator.rubric.map((r) => r.id)).size).toBe(5);
      expect(new Set(indicator.rubric.map((r) => r.en)).size).toBe(5);
      expect(indicator.bdsServices.length).toBeGreaterThan(0);
      expect(indicator.description).toBeDefined();
    }
  });

  it("maps finance access to capital access and micro-credit, as the brief requires", () => {
    const finance = indicators.find((i) => i.code === "FC_SPE_FINANCE_ACCESS")!;
    expect(finance.bdsServices).toEqual(expect.arrayContaining(["CAPITAL_ACCESS", "BUSINESS_PROPOSAL"]));
    expect(finance.financingChannels).toEqual(expect.arrayContaining(["LKM", "KSP_USP", "GUARANTEE"]));
  });

  it("uses every BDS service and every MAP channel somewhere", () => {
    expect(new Set(indicators.flatMap((i) => i.bdsServices))).toEqual(new Set(BDS_SERVICES));
    expect(new Set(indicators.flatMap((i) => i.financingChannels))).toEqual(new Set(FINANCING_CHANNELS));
  });

  it("is frozen", () => {
    expect(Object.isFrozen(defaultInstrument.groups[0]!.indicators[0]!.rubric)).toBe(true);
  });

  it("fills rule defaults", () => {
    const { rules, ...rest } = clone();
    void rules;
    expect(parseInstrument(rest).rules).toEqual({
      minAnsweredWeightShare: 0.6,
      survivalBelow: 40,
      matureAtLeast: 70,
      matureMinGroup: 50,
      borderlineWeightDelta: 0.2,
    });
  });
});

describe("parseInstrument rejects", () => {
  it("a missing instrument", () => {
    expect(() => parseInstrument(undefined)).toThrow(EngineError);
  });
  it("a duplicate indicator code", () => {
    expect(problem((d) => (d.groups[1]!.indicators[0]!.code = "FC_GEN_LOCATION"))).toContain("duplicate indicator code FC_GEN_LOCATION");
  });
  it("a duplicate group code", () => {
    expect(problem((d) => (d.groups[2]!.code = "DEMAND_CONDITIONS"))).toContain("duplicate group code");
  });
  it("a rubric with four levels", () => {
    expect(problem((d) => (d.groups[0]!.indicators[0]!.rubric as unknown[]).pop())).toContain("exactly 5 levels");
  });
  it("a zero, negative or over-precise weight", () => {
    expect(problem((d) => (d.groups[0]!.indicators[0]!.weight = 0))).toContain("weights must be at least 0.01");
    expect(problem((d) => (d.groups[0]!.indicators[0]!.weight = -1))).toContain("weights must be at least 0.01");
    // Passed before 2026.2 and then weighed nothing: every group read "all not applicable".
    expect(problem((d) => (d.groups[0]!.indicators[0]!.weight = 1e-12))).toContain("weights must be at least 0.01");
    expect(problem((d) => (d.groups[0]!.indicators[0]!.weight = 1.0005))).toContain("decimals");
  });
  it("a dimension without groups", () => {
    expect(problem((d) => d.groups.pop())).toContain("ACTION_CAPACITY");
  });
  it("an indicator naming a sub-group its group lacks", () => {
    expect(problem((d) => (d.groups[0]!.indicators[0]!.subGroup = "ELSEWHERE"))).toContain("sub-group");
    expect(problem((d) => (d.groups[1]!.indicators[0]!.subGroup = "GENERAL"))).toContain("has no sub-groups");
  });
  it("an unknown service or a repeated channel", () => {
    expect(problem((d) => (d.groups[0]!.indicators[0]!.bdsServices = ["COFFEE"]))).toContain("bdsServices");
    expect(problem((d) => (d.groups[0]!.indicators[0]!.financingChannels = ["LKM", "LKM"]))).toContain("repeat");
  });
  it("thresholds out of order or out of range", () => {
    expect(problem((d) => (d.rules.survivalBelow = 80))).toContain("survivalBelow (80) must be below matureAtLeast (70)");
    expect(problem((d) => (d.rules.survivalBelow = 70))).toContain("must be below matureAtLeast");
    expect(problem((d) => (d.rules.matureAtLeast = 101))).toContain("rules.matureAtLeast");
    expect(problem((d) => (d.rules.borderlineWeightDelta = 1))).toContain("borderlineWeightDelta");
  });
  it("a missing Indonesian text", () => {
    expect(problem((d) => ((d.groups[0]!.indicators[0]!.name as { id: string }).id = ""))).toContain("name.id");
  });
});
