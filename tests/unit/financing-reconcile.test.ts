import { describe, expect, it } from "vitest";
import { reconcile, type ReconcileChannel } from "@/lib/financing/reconcile";

const channel = (over: Partial<ReconcileChannel>): ReconcileChannel => ({
  channel: "LKM",
  ceiling: 600n,
  standardAmount: null,
  plannedInstitutions: null,
  plannedProvinces: null,
  allocated: 600n,
  institutions: 3,
  provinces: 2,
  offStandard: 0,
  ...over,
});

describe("reconcile", () => {
  it("compares the budget with the ceilings and the allocations, then each channel with its own plan", () => {
    const result = reconcile(1_000n, [
      channel({ plannedInstitutions: 3, plannedProvinces: 2, standardAmount: 200n }),
      channel({ channel: "GUARANTEE", ceiling: 400n, allocated: 350n, plannedInstitutions: 4, offStandard: 1 }),
    ]);
    expect(result).toStrictEqual({
      ok: false,
      lines: [
        { key: "ceilingsVsBudget", kind: "money", expected: 1_000n, actual: 1_000n, difference: 0n, ok: true },
        { key: "allocatedVsBudget", kind: "money", expected: 1_000n, actual: 950n, difference: -50n, ok: false },
        { key: "allocatedVsCeiling", channel: "LKM", kind: "money", expected: 600n, actual: 600n, difference: 0n, ok: true },
        { key: "institutionsVsPlan", channel: "LKM", kind: "count", expected: 3, actual: 3, difference: 0, ok: true },
        { key: "provincesVsPlan", channel: "LKM", kind: "count", expected: 2, actual: 2, difference: 0, ok: true },
        { key: "offStandard", channel: "LKM", kind: "count", expected: 0, actual: 0, difference: 0, ok: true },
        { key: "allocatedVsCeiling", channel: "GUARANTEE", kind: "money", expected: 400n, actual: 350n, difference: -50n, ok: false },
        { key: "institutionsVsPlan", channel: "GUARANTEE", kind: "count", expected: 4, actual: 3, difference: -1, ok: false },
      ],
    });
  });

  it("is ok when every line matches; a channel without a plan adds only its ceiling line", () => {
    const result = reconcile(600n, [channel({})]);
    expect(result.ok).toBe(true);
    expect(result.lines.map((l) => l.key)).toEqual(["ceilingsVsBudget", "allocatedVsBudget", "allocatedVsCeiling"]);
  });

  it("counts institutions off the standard amount as a difference from zero", () => {
    const [, , , off] = reconcile(600n, [channel({ standardAmount: 200n, offStandard: 2 })]).lines;
    expect(off).toStrictEqual({ key: "offStandard", channel: "LKM", kind: "count", expected: 0, actual: 2, difference: 2, ok: false });
  });
});
