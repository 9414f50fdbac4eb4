import { describe, expect, it } from "vitest";
import { defaultInstrument } from "./default-instrument";
import { simulate } from "./simulate";
import { inputOf, SURVIVAL_EXAMPLE } from "./test-fixtures";

describe("simulate", () => {
  it("applying the what-if edits moves SURVIVAL up to ADVANCE", () => {
    const sim = simulate(defaultInstrument, SURVIVAL_EXAMPLE, [
      { indicator: "DC_TREND", level: 5 },
      { indicator: "DC_QUALITY", level: 5 },
      { indicator: "CC_INTER_CLUSTER", level: 3 },
      { indicator: "AC_PLANNING", level: 3 }, // unchanged: not reported as changed
    ]);
    expect(sim.stageChange).toEqual({ from: "SURVIVAL", to: "ADVANCE", direction: "UP" });
    expect(sim.changed).toEqual(["DC_QUALITY", "DC_TREND", "CC_INTER_CLUSTER"].sort((a, b) => order(a) - order(b)));
    expect(sim.after.inputHash).not.toBe(sim.before.inputHash);
  });

  it("lowering and N/A edits; insufficient data is not comparable", () => {
    const down = simulate(defaultInstrument, inputOf(defaultInstrument, {}, 4), [{ indicator: "DC_TREND", level: 1 }]);
    expect(down.stageChange.direction).toBe("DOWN");
    const na = simulate(defaultInstrument, SURVIVAL_EXAMPLE, [
      { indicator: "DC_TREND", notApplicable: true, reason: "musiman" },
      { indicator: "DC_QUALITY", notApplicable: true, reason: "musiman" },
    ]);
    expect(na.after.status).toBe("INSUFFICIENT_DATA");
    expect(na.stageChange).toEqual({ from: "SURVIVAL", to: null, direction: "NOT_COMPARABLE" });
  });

  it("no edits: same result, same hash", () => {
    const sim = simulate(defaultInstrument, SURVIVAL_EXAMPLE, []);
    expect(sim.after).toEqual(sim.before);
    expect(sim.stageChange.direction).toBe("SAME");
  });
});

function order(code: string) {
  return defaultInstrument.groups.flatMap((g) => g.indicators.map((i) => i.code)).indexOf(code);
}
