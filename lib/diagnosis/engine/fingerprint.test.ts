import { describe, expect, it } from "vitest";
import type { Level } from "./codes";
import { defaultInstrument } from "./default-instrument";
import { explain } from "./explain";
import { fnv1a64 } from "./hash";
import { recommend } from "./recommend";
import { diagnose } from "./score";
import { answersOf, codesOf, type Answer } from "./test-fixtures";
import { whatIf } from "./what-if";

// Pins everything version 2026.1 computes, so later versions cannot change a
// stored 2026.1 result or what the pages derive from it. The inputs come from a
// fixed linear congruential sequence (no fast-check: its generators may change
// between releases). If this hash moves, a 2026.1 result would recompute
// differently: that is a bug, not a reason to update the pin.

function* lcg(seed: number) {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

export function fingerprintCases(count: number): Answer[][] {
  const random = lcg(20261);
  const next = () => random.next().value as number;
  const n = codesOf(defaultInstrument).length;
  const cases: Answer[][] = [];
  for (let c = 0; c < count; c++) {
    // Each case has its own centre, so every stage and INSUFFICIENT_DATA occur.
    const centre = 1 + next() * 4;
    const answers: Answer[] = [];
    for (let i = 0; i < n; i++) {
      const r = next();
      if (r < 0.04) answers.push("NA");
      else if (r < 0.07) answers.push(undefined);
      else answers.push(Math.min(5, Math.max(1, Math.round(centre + (next() - 0.5) * 3))) as Level);
    }
    cases.push(answers);
  }
  return cases;
}

/** Drops keys a later version added to every result, which 2026.1 stored results lack. */
function withoutAddedKeys(value: object): object {
  const { notApplicable: _added, ...rest } = value as Record<string, unknown>;
  return rest;
}

describe("instrument 2026.1 fingerprint", () => {
  it("recomputes every result, explanation, what-if and recommendation exactly as before 2026.2", () => {
    const cases = fingerprintCases(200);
    const stages = new Map<string, number>();
    const lines = cases.map((answers) => {
      const input = answersOf(defaultInstrument, answers);
      const result = diagnose(defaultInstrument, input);
      stages.set(result.stage ?? result.status, (stages.get(result.stage ?? result.status) ?? 0) + 1);
      return JSON.stringify([
        withoutAddedKeys(result),
        explain(defaultInstrument, result),
        whatIf(defaultInstrument, input),
        whatIf(defaultInstrument, input, { fixed: ["FC_GEN_LOCATION"] }),
        recommend(defaultInstrument, result),
      ]);
    });
    // Every outcome is exercised.
    expect(Object.fromEntries(stages)).toEqual(PINNED_STAGES);
    expect(fnv1a64(lines.join("\n"))).toBe(PINNED_HASH);
  });
});

const PINNED_STAGES = { ADVANCE: 52, INSUFFICIENT_DATA: 22, MATURE: 43, SURVIVAL: 83 };
const PINNED_HASH = "ce0bfebefc9181a7";
