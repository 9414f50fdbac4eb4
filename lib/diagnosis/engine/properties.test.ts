import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stageRank, type Level } from "./codes";
import { defaultInstrument } from "./default-instrument";
import { instrument2026_2 } from "./default-instrument-2026-2";
import { parseInstrument } from "./instrument";
import { diagnose, type DiagnosisResult } from "./score";
import { answerArb, answersArb, answersOf, codesOf, levelArb, reference, smallInstrumentArb } from "./test-fixtures";

// Both shipped versions and small instruments of both styles.
const instruments = fc.oneof(fc.constant(defaultInstrument), fc.constant(instrument2026_2), smallInstrumentArb);
const cases = instruments.chain((instrument) => fc.tuple(fc.constant(instrument), answersArb(instrument)));

function scoresOf(result: DiagnosisResult): number[] {
  const groups = result.groups.map((g) => g.score).filter((s): s is number => s !== null);
  const dims = result.status === "DIAGNOSED" ? [result.dimensions.GROWTH_OPPORTUNITY.score, result.dimensions.ACTION_CAPACITY.score] : [];
  return [...groups, ...dims];
}

describe("properties", () => {
  it("agrees with the independent reference model (scores, sufficiency, stage)", () => {
    fc.assert(
      fc.property(cases, ([instrument, answers]) => {
        const result = diagnose(instrument, answersOf(instrument, answers));
        const ref = reference(instrument, answers);
        expect(result.status === "DIAGNOSED").toBe(ref.sufficient);
        expect(result.stage).toBe(ref.stage);
        result.groups.forEach((g, i) => expect(g.score).toBe(ref.groupScores[i]));
        if (result.status === "DIAGNOSED") {
          expect(result.dimensions.GROWTH_OPPORTUNITY.score).toBe(ref.dimensionScores.GROWTH_OPPORTUNITY);
          expect(result.dimensions.ACTION_CAPACITY.score).toBe(ref.dimensionScores.ACTION_CAPACITY);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every score within 0..100", () => {
    fc.assert(
      fc.property(cases, ([instrument, answers]) => {
        for (const score of scoresOf(diagnose(instrument, answersOf(instrument, answers)))) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is monotone: raising one level never lowers a score or the stage", () => {
    const raise = cases.chain(([instrument, answers]) => {
      const raisable = answers.flatMap((a, i) => (typeof a === "number" && a < 5 ? [i] : []));
      if (raisable.length === 0) return fc.constant(null);
      return fc.tuple(fc.constant(instrument), fc.constant(answers), fc.constantFrom(...raisable), fc.integer({ min: 1, max: 4 }));
    });
    fc.assert(
      fc.property(raise, (c) => {
        if (c === null) return;
        const [instrument, answers, index, by] = c;
        const raised = [...answers];
        raised[index] = Math.min(5, (answers[index] as number) + by) as Level;
        const before = diagnose(instrument, answersOf(instrument, answers));
        const after = diagnose(instrument, answersOf(instrument, raised));
        expect(after.status).toBe(before.status);
        before.groups.forEach((g, i) => {
          if (g.score !== null) expect(after.groups[i]!.score!).toBeGreaterThanOrEqual(g.score);
        });
        if (before.status === "DIAGNOSED" && after.status === "DIAGNOSED") {
          expect(after.dimensions.GROWTH_OPPORTUNITY.score).toBeGreaterThanOrEqual(before.dimensions.GROWTH_OPPORTUNITY.score);
          expect(after.dimensions.ACTION_CAPACITY.score).toBeGreaterThanOrEqual(before.dimensions.ACTION_CAPACITY.score);
          expect(stageRank(after.stage)).toBeGreaterThanOrEqual(stageRank(before.stage));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("N/A (unbounded, 2026.1): an N/A indicator counts exactly as if the instrument did not have it", () => {
    fc.assert(
      fc.property(cases, fc.nat(), ([instrument, answers], pick) => {
        if (instrument.rules.minScoredWeight) return; // bounded N/A: see the next properties
        const index = pick % answers.length;
        const code = codesOf(instrument)[index]!;
        const group = instrument.groups.find((g) => g.indicators.some((i) => i.code === code))!;
        if (group.indicators.length === 1) return; // removing it would leave an empty group
        const na = [...answers];
        na[index] = "NA";
        const withNa = diagnose(instrument, answersOf(instrument, na));
        const without = parseInstrument({
          ...instrument,
          groups: instrument.groups.map((g) =>
            g === group
              ? {
                  ...g,
                  indicators: g.indicators.filter((i) => i.code !== code),
                  ...(g.subGroups
                    ? { subGroups: g.subGroups.filter((s) => g.indicators.some((i) => i.code !== code && i.subGroup === s.code)) }
                    : {}),
                }
              : g,
          ),
        });
        const rest = answers.filter((_, i) => i !== index);
        const reduced = diagnose(without, answersOf(without, rest));
        expect(withNa.status).toBe(reduced.status);
        expect(withNa.stage).toBe(reduced.stage);
        expect(scoresOf(withNa)).toEqual(scoresOf(reduced));
        expect(withNa.indicators[index]).toMatchObject({ status: "NOT_APPLICABLE", level: null, score: null });
      }),
      { numRuns: 300 },
    );
  });

  it("N/A (bounded, 2026.2): a stage always rests on the required share of each group's whole weight, and the result lists every N/A", () => {
    const bounded = fc.oneof(
      fc.constant(instrument2026_2),
      smallInstrumentArb.filter((i) => i.rules.minScoredWeight !== undefined),
    );
    const answersWithManyNa = fc.oneof(
      { arbitrary: levelArb, weight: 2 },
      { arbitrary: fc.constant("NA" as const), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    );
    fc.assert(
      fc.property(
        bounded.chain((i) => fc.tuple(fc.constant(i), answersArb(i, answersWithManyNa))),
        ([instrument, answers]) => {
          const result = diagnose(instrument, answersOf(instrument, answers));
          const codes = codesOf(instrument);
          expect(result.notApplicable).toEqual({
            count: answers.filter((a) => a === "NA").length,
            indicators: codes.filter((_, i) => answers[i] === "NA"),
          });
          const { numerator, denominator } = instrument.rules.minScoredWeight!;
          if (result.status === "DIAGNOSED") {
            for (const g of result.groups) expect(g.scoredWeight * denominator).toBeGreaterThanOrEqual(numerator * g.weight - 1e-9);
          }
          // Marking N/A where a level was (never the other way) cannot turn insufficient data into a stage.
          const levelled = answers.flatMap((a, i) => (typeof a === "number" ? [i] : []));
          if (levelled.length === 0 || result.status === "DIAGNOSED") return;
          const more = [...answers];
          more[levelled[0]!] = "NA";
          expect(diagnose(instrument, answersOf(instrument, more)).status).toBe("INSUFFICIENT_DATA");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("N/A (bounded, 2026.2): an N/A and an unanswered indicator give the same sufficiency when the share rule is at most the bound", () => {
    fc.assert(
      fc.property(answersArb(instrument2026_2), fc.nat(), (answers, pick) => {
        const index = pick % answers.length;
        const na = [...answers];
        na[index] = "NA";
        const missing = [...answers];
        missing[index] = undefined;
        const a = diagnose(instrument2026_2, answersOf(instrument2026_2, na));
        const b = diagnose(instrument2026_2, answersOf(instrument2026_2, missing));
        expect(a.status).toBe(b.status);
        expect(a.stage).toBe(b.stage);
      }),
      { numRuns: 300 },
    );
  });

  it("N/A: declaring an unanswered indicator not applicable never makes data insufficient", () => {
    fc.assert(
      fc.property(cases, fc.nat(), ([instrument, answers], pick) => {
        const missing = answers.flatMap((a, i) => (a === undefined ? [i] : []));
        if (missing.length === 0) return;
        const index = missing[pick % missing.length]!;
        const na = [...answers];
        na[index] = "NA";
        const before = diagnose(instrument, answersOf(instrument, answers));
        const after = diagnose(instrument, answersOf(instrument, na));
        if (before.status === "DIAGNOSED") {
          expect(after.status).toBe("DIAGNOSED");
          // Scores do not move either: neither line has a level.
          expect(scoresOf(after)).toEqual(scoresOf(before));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the score lines (result and hash)", () => {
    fc.assert(
      fc.property(
        cases.chain(([instrument, answers]) => {
          const input = answersOf(instrument, answers);
          return fc.tuple(
            fc.constant(instrument),
            fc.constant(input),
            fc.shuffledSubarray([...input.scores], { minLength: input.scores.length }),
          );
        }),
        ([instrument, input, shuffled]) => {
          expect(diagnose(instrument, { scores: shuffled })).toEqual(diagnose(instrument, input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is deterministic: same input, equal result, also after other work in between", () => {
    fc.assert(
      fc.property(cases, answersArb(defaultInstrument), ([instrument, answers], noise) => {
        const input = answersOf(instrument, answers);
        const first = diagnose(instrument, input);
        diagnose(defaultInstrument, answersOf(defaultInstrument, noise));
        expect(JSON.stringify(diagnose(instrument, input))).toBe(JSON.stringify(first));
      }),
      { numRuns: 200 },
    );
  });

  it("gives different hashes to different answers", () => {
    const seen = new Map<string, string>();
    fc.assert(
      fc.property(answersArb(defaultInstrument, answerArb), (answers) => {
        const key = JSON.stringify(answers);
        const hash = diagnose(defaultInstrument, answersOf(defaultInstrument, answers)).inputHash;
        const previous = seen.get(hash);
        if (previous !== undefined) expect(previous).toBe(key);
        seen.set(hash, key);
      }),
      { numRuns: 2000 },
    );
    expect(codesOf(defaultInstrument)).toHaveLength(24);
  });
});
