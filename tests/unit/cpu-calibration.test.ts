import { describe, expect, it } from "vitest";
import { midTierMobileMultiplier } from "../bench/lib/cpu-calibration";

describe("midTierMobileMultiplier (Lighthouse's CPU calibration)", () => {
  it("gives Lighthouse's default 4x for the host its default is made for", () => {
    expect(midTierMobileMultiplier(1533)).toBe(4);
  });

  it("matches the calculator's points and interpolates between them", () => {
    expect(midTierMobileMultiplier(150)).toBe(1);
    expect(midTierMobileMultiplier(800)).toBe(2);
    expect(midTierMobileMultiplier(1300)).toBe(3);
    expect(midTierMobileMultiplier(1050)).toBeCloseTo(2.5, 10);
    expect(midTierMobileMultiplier(475)).toBeCloseTo(1.5, 10);
  });

  it("goes on rising above the last point, one more x per 233", () => {
    expect(midTierMobileMultiplier(1766)).toBeCloseTo(5, 10);
    expect(midTierMobileMultiplier(1999)).toBeCloseTo(6, 10);
  });

  it("gives none for a host too slow to emulate a mid-tier phone, or for no index", () => {
    expect(midTierMobileMultiplier(149)).toBeNull();
    expect(midTierMobileMultiplier(0)).toBeNull();
    expect(midTierMobileMultiplier(Number.NaN)).toBeNull();
  });
});
