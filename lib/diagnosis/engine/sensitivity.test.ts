import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultInstrument } from "./default-instrument";
import { parseInstrument, type Instrument } from "./instrument";
import { diagnose } from "./score";
import { sensitivity } from "./sensitivity";
import { answersArb, answersOf, inputOf, reference, smallInstrumentArb, SOLID_ACTION_CAPACITY, type Answer } from "./test-fixtures";

// Recomputes with the weights really changed in a copy of the instrument.
function perturbed(instrument: Instrument, kind: "GROUP" | "INDICATOR", code: string, factor: number): Instrument {
  return parseInstrument({
    ...instrument,
    groups: instrument.groups.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) =>
        (kind === "GROUP" && g.code === code) || (kind === "INDICATOR" && i.code === code)
          ? { ...i, weight: Math.round(i.weight * factor * 1000) / 1000 }
          : i,
      ),
    })),
  });
}

describe("sensitivity", () => {
  it("flags a cluster just above the survival line", () => {
    // GO = (9*25 + 4*75 + 5*50 + 3*25)/21 = (225 + 300 + 250 + 75)/21 = 850/21 = 40.48: ADVANCE.
    // Demand weight x0.8: (225 + 240 + 250 + 75)/20.2 = 790/20.2 = 39.11: SURVIVAL.
    // Factor conditions x1.2: (270 + 300 + 250 + 75)/22.8 = 39.25: SURVIVAL.
    // DC_TREND x0.8: (225 + 120 + 150 + 250 + 75)/20.6 = 820/20.6 = 39.81: SURVIVAL.
    // Related & supporting x0.8: (225 + 300 + 200 + 75)/20 = 800/20 = 40 exactly: still ADVANCE.
    const input = inputOf(
      defaultInstrument,
      {
        DC_TREND: 4,
        DC_QUALITY: 4,
        RS_LOCAL_INPUT: 3,
        RS_GOVERNMENT: 3,
        RS_LOCAL_BDS: 3,
        RS_RESEARCH_TECH: 3,
        RS_COMMON_INPUT: 3,
        ...SOLID_ACTION_CAPACITY,
      },
      2,
    );
    const result = diagnose(defaultInstrument, input);
    expect(result.stage).toBe("ADVANCE");
    const s = sensitivity(defaultInstrument, result);
    if (s.status !== "DIAGNOSED") throw new Error("expected a stage");
    expect(s.borderline).toBe(true);
    const flips = s.flips.map((f) => `${f.kind}:${f.code}:${f.direction}`);
    expect(flips).toEqual(
      expect.arrayContaining(["GROUP:DEMAND_CONDITIONS:DOWN", "GROUP:FACTOR_CONDITIONS:UP", "INDICATOR:DC_TREND:DOWN"]),
    );
    expect(flips).not.toContain("GROUP:RELATED_SUPPORTING:DOWN");
    expect(s.flips.every((f) => f.stage === "SURVIVAL")).toBe(true);
    // 5 groups + 24 indicators, both directions.
    expect(s.checked).toBe(58);
  });

  it("a cluster in the middle of its band is not borderline", () => {
    const s = sensitivity(defaultInstrument, diagnose(defaultInstrument, inputOf(defaultInstrument, {}, 3)));
    expect(s).toMatchObject({ status: "DIAGNOSED", stage: "ADVANCE", borderline: false, flips: [] });
  });

  it("agrees with recomputing on an instrument whose weight really moved", () => {
    const instruments = fc.oneof(fc.constant(defaultInstrument), smallInstrumentArb);
    fc.assert(
      fc.property(
        instruments.chain((i) => fc.tuple(fc.constant(i), answersArb(i))),
        ([instrument, answers]) => {
          const result = diagnose(instrument, answersOf(instrument, answers));
          if (result.status !== "DIAGNOSED") return;
          const s = sensitivity(instrument, result);
          if (s.status !== "DIAGNOSED") throw new Error("unreachable");
          const flagged = new Set(s.flips.map((f) => `${f.kind}:${f.code}:${f.direction}`));
          const check = (kind: "GROUP" | "INDICATOR", code: string, scored: boolean) => {
            if (!scored) return;
            for (const [direction, factor] of [
              ["UP", 1.2],
              ["DOWN", 0.8],
            ] as const) {
              const moved = perturbed(instrument, kind, code, factor);
              // Sufficiency is judged on the original weights, so compare stages only when it holds.
              const ref = reference(moved, answers as Answer[]);
              if (!ref.sufficient) continue;
              expect(flagged.has(`${kind}:${code}:${direction}`)).toBe(ref.stage !== result.stage);
            }
          };
          instrument.groups.forEach((g) => check("GROUP", g.code, true));
          const codes = instrument.groups.flatMap((g) => g.indicators.map((i) => i.code));
          codes.forEach((code, i) => check("INDICATOR", code, typeof answers[i] === "number"));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
