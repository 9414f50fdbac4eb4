import { describe, expect, it } from "vitest";
import { BDS_SERVICES as ENGINE_SERVICES, FINANCING_CHANNELS as ENGINE_CHANNELS } from "@/lib/diagnosis/engine";
import { BdsService, FinancingChannel } from "@/lib/generated/prisma/enums";
import { BDS_SERVICES, FINANCING_CHANNELS, isFinancingChannel } from "@/lib/support/codes";

describe("the support code lists", () => {
  it("are the Prisma enums, value for value and in the same order", () => {
    expect(BDS_SERVICES).toEqual(Object.values(BdsService));
    expect(FINANCING_CHANNELS).toEqual(Object.values(FinancingChannel));
  });

  it("are the very lists the engine recommends from (defined once)", () => {
    expect(ENGINE_SERVICES).toBe(BDS_SERVICES);
    expect(ENGINE_CHANNELS).toBe(FINANCING_CHANNELS);
  });

  it("recognise a channel code and nothing else", () => {
    expect(isFinancingChannel("KSP_USP")).toBe(true);
    expect(isFinancingChannel("ksp_usp")).toBe(false);
    expect(isFinancingChannel(undefined)).toBe(false);
  });
});
