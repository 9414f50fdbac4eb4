import { describe, expect, it } from "vitest";
import { intField, optionalRupiah, parseWholeNumber } from "@/lib/forms/numbers";

describe("parseWholeNumber", () => {
  it.each([
    ["1250000", 1250000n],
    ["1.250.000", 1250000n],
    ["1,250,000", 1250000n],
    ["Rp 1.250.000", 1250000n],
    ["Rp1.250.000,00", 1250000n],
    ["IDR 39,600,000,000", 39600000000n],
    ["  42 ", 42n],
    ["0", 0n],
  ])("reads %s", (raw, expected) => {
    expect(parseWholeNumber(raw)).toBe(expected);
  });

  it.each(["abc", "1.25", "12,5", "1.2.3", "Rp 1.250.000,50", "1e6"])("rejects %s", (raw) => {
    expect(parseWholeNumber(raw)).toBeUndefined();
  });

  it("treats empty as null", () => {
    expect(parseWholeNumber("  ")).toBeNull();
  });
});

describe("number fields", () => {
  it("rupiah: negative, fractional and text amounts are refused", () => {
    expect(optionalRupiah.safeParse("-5").success).toBe(false);
    expect(optionalRupiah.safeParse("abc").success).toBe(false);
    expect(optionalRupiah.safeParse("1.500,5").success).toBe(false);
    expect(optionalRupiah.parse("Rp 2.000.000")).toBe(2000000n);
    expect(optionalRupiah.parse("")).toBeNull();
  });

  it("workers: negative refused, blank refused when required", () => {
    const workers = intField({ min: 0, max: 1_000_000 });
    expect(workers.safeParse("-3").success).toBe(false);
    expect(workers.safeParse("").success).toBe(false);
    expect(workers.parse("1.200")).toBe(1200);
    expect(intField({ min: 0, max: 100, optional: true }).parse("")).toBeNull();
  });
});
