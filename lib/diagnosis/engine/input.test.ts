import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultInstrument } from "./default-instrument";
import { EngineError, type EngineErrorCode } from "./errors";
import { fnv1a64 } from "./hash";
import type { Instrument } from "./instrument";
import { scoreInputSchema, validLines, type ScoreInput } from "./input";
import { diagnose } from "./score";
import { simulate } from "./simulate";
import { inputOf } from "./test-fixtures";
import { whatIf } from "./what-if";

function engineError(run: () => unknown): EngineError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw new Error(`expected an EngineError, got ${String(error)}`, { cause: error });
  }
  throw new Error("expected an EngineError, nothing was thrown");
}

const base = inputOf(defaultInstrument, {}, 3);
const withLine = (line: unknown): ScoreInput => ({
  scores: [...base.scores.filter((s) => s.indicator !== "DC_TREND"), line as ScoreInput["scores"][number]],
});

describe("bad input gives a typed EngineError naming the indicator", () => {
  const cases: Array<[string, unknown, EngineErrorCode]> = [
    ["level 0", { indicator: "DC_TREND", level: 0 }, "INVALID_LEVEL"],
    ["level 6", { indicator: "DC_TREND", level: 6 }, "INVALID_LEVEL"],
    ["level 2.5", { indicator: "DC_TREND", level: 2.5 }, "INVALID_LEVEL"],
    ["level as text", { indicator: "DC_TREND", level: "3" }, "INVALID_LEVEL"],
    ["level NaN", { indicator: "DC_TREND", level: Number.NaN }, "INVALID_LEVEL"],
    ["no level and no N/A", { indicator: "DC_TREND" }, "INVALID_LEVEL"],
    ["N/A without reason", { indicator: "DC_TREND", notApplicable: true }, "MISSING_REASON"],
    ["N/A with a blank reason", { indicator: "DC_TREND", notApplicable: true, reason: "   " }, "MISSING_REASON"],
    ["N/A and a level", { indicator: "DC_TREND", notApplicable: true, reason: "x", level: 3 }, "INVALID_INPUT"],
    ["unknown field", { indicator: "DC_TREND", level: 3, levle: 4 }, "INVALID_INPUT"],
  ];
  it.each(cases)("%s", (_, line, code) => {
    const error = engineError(() => diagnose(defaultInstrument, withLine(line)));
    expect(error.code).toBe(code);
    expect(error.details.indicator).toBe("DC_TREND");
    expect(error.message).toContain("DC_TREND");
  });

  it("unknown indicator code", () => {
    const error = engineError(() => diagnose(defaultInstrument, withLine({ indicator: "DC_TRENDS", level: 3 })));
    expect(error.code).toBe("UNKNOWN_INDICATOR");
    expect(error.message).toContain("DC_TRENDS");
  });

  it("duplicate indicator", () => {
    const error = engineError(() => diagnose(defaultInstrument, { scores: [...base.scores, { indicator: "AC_PLANNING", level: 4 }] }));
    expect(error).toMatchObject({ code: "DUPLICATE_INDICATOR", details: { indicator: "AC_PLANNING" } });
  });

  it("input that is not an object of scores", () => {
    for (const input of [undefined, null, {}, { scores: "all good" }, []]) {
      expect(engineError(() => diagnose(defaultInstrument, input as unknown as ScoreInput)).code).toBe("INVALID_INPUT");
    }
  });

  it("missing or malformed instrument", () => {
    for (const instrument of [undefined, null, 42, {}, { code: "X" }]) {
      expect(engineError(() => diagnose(instrument as unknown as Instrument, base)).code).toBe("INVALID_INSTRUMENT");
    }
    expect(engineError(() => whatIf(undefined as unknown as Instrument, base)).message).toContain("missing");
  });

  it("the same checks apply to what-if and simulation edits", () => {
    expect(engineError(() => whatIf(defaultInstrument, withLine({ indicator: "DC_TREND", level: 6 }))).code).toBe("INVALID_LEVEL");
    expect(engineError(() => simulate(defaultInstrument, base, [{ indicator: "NOPE", level: 3 }])).code).toBe("UNKNOWN_INDICATOR");
    expect(
      engineError(() =>
        simulate(defaultInstrument, base, [
          { indicator: "DC_TREND", level: 3 },
          { indicator: "DC_TREND", level: 4 },
        ]),
      ).code,
    ).toBe("DUPLICATE_INDICATOR");
    expect(engineError(() => whatIf(defaultInstrument, base, { fixed: ["NOPE"] })).code).toBe("UNKNOWN_INDICATOR");
    expect(engineError(() => whatIf(defaultInstrument, base, { target: "GROWING" as "MATURE" })).code).toBe("INVALID_INPUT");
  });

  it("unanswered indicators are allowed", () => {
    expect(diagnose(defaultInstrument, { scores: [] }).status).toBe("INSUFFICIENT_DATA");
  });
});

describe("input hash", () => {
  it("is FNV-1a 64 (published test vectors)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("matches a BigInt reference over UTF-8 bytes for any text", () => {
    const reference = (text: string) => {
      let h = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, "0");
    };
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(fnv1a64(text)).toBe(reference(text));
      }),
      { numRuns: 1000 },
    );
    expect(fnv1a64("\ud800 lone surrogate")).toBe(reference("\ud800 lone surrogate"));
  });

  it("hashes the UTF-8 bytes, so non-ASCII reasons are stable", () => {
    const withReason = (reason: string) =>
      diagnose(defaultInstrument, withLine({ indicator: "DC_TREND", notApplicable: true, reason })).inputHash;
    expect(withReason("tidak ada permintaan — musiman")).toBe(withReason("tidak ada permintaan — musiman"));
    expect(withReason("tidak ada permintaan — musiman")).not.toBe(withReason("tidak ada permintaan - musiman"));
    // Reasons are trimmed before hashing: surrounding blanks are not content.
    expect(withReason("  musiman ")).toBe(withReason("musiman"));
  });
});

describe("the plain-code pre-check agrees with the zod schema", () => {
  const value = fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    1,
    3,
    5,
    6,
    2.5,
    Number.NaN,
    "3",
    true,
    false,
    "",
    "  ",
    "alasan",
    "x".repeat(2001),
    {},
    [],
  );
  const line = fc.record(
    {
      indicator: fc.constantFrom<unknown>("DC_TREND", "", 7, undefined),
      level: value,
      notApplicable: value,
      reason: value,
      extra: value,
    },
    { requiredKeys: [] },
  );
  const input = fc.oneof(
    { arbitrary: fc.record({ scores: fc.array(line, { maxLength: 4 }) }), weight: 8 },
    { arbitrary: fc.record({ scores: fc.array(line, { maxLength: 2 }), other: value }), weight: 1 },
    { arbitrary: value, weight: 1 },
  );

  it("accepts exactly what the schema accepts", () => {
    fc.assert(
      fc.property(input, (raw) => {
        const schemaAccepts = scoreInputSchema.safeParse(raw).success;
        let fastAccepts: boolean;
        try {
          fastAccepts = validLines(raw) === (raw as { scores: unknown }).scores;
        } catch {
          fastAccepts = false;
        }
        // The pre-check must never accept more; accepting less would only be slower.
        expect(fastAccepts).toBe(schemaAccepts);
      }),
      { numRuns: 3000 },
    );
  });
});
