import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNT_EMAILS, MFA_REQUIRED_ROLES, isSecondFactorRequired } from "@/lib/auth/mfa/policy";
import { openSecret, sealSecret } from "@/lib/auth/mfa/secret-box";
import { newRecoveryCodes, normaliseRecoveryCode, verifyTotp } from "@/lib/auth/mfa/totp";
import { DEMO_ACCOUNTS } from "@/prisma/seed";
import { generate } from "otplib";

describe("second-factor policy", () => {
  it("the exempt list is exactly the demo accounts of prisma/seed.ts", () => {
    expect([...DEMO_ACCOUNT_EMAILS].sort()).toEqual(
      Object.values(DEMO_ACCOUNTS)
        .map((a) => a.email)
        .sort(),
    );
  });

  it("admins and managers must enrol; others only once they chose to; demo accounts only on the demo database", () => {
    expect(MFA_REQUIRED_ROLES).toEqual(["ADMIN", "MANAGER"]);
    const u = (role: "ADMIN" | "STAFF" | "CONSULTANT" | "MANAGER", email = "x@dinas.go.id", totpEnabledAt: Date | null = null) => ({
      role,
      email,
      totpEnabledAt,
    });
    expect(isSecondFactorRequired(u("ADMIN"), false)).toBe(true);
    expect(isSecondFactorRequired(u("MANAGER"), true)).toBe(true);
    expect(isSecondFactorRequired(u("STAFF"), false)).toBe(false);
    expect(isSecondFactorRequired(u("STAFF", "x@dinas.go.id", new Date()), false)).toBe(true);
    expect(isSecondFactorRequired(u("ADMIN", "admin@sentra.test"), true)).toBe(false);
    expect(isSecondFactorRequired(u("ADMIN", "admin@sentra.test"), false)).toBe(true);
    // A demo account that enrolled anyway keeps its second factor.
    expect(isSecondFactorRequired(u("ADMIN", "admin@sentra.test", new Date()), true)).toBe(true);
  });
});

describe("TOTP helpers", () => {
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  const now = Date.UTC(2026, 11, 2, 9, 0, 10);

  it("accepts the current code and one step of drift either way, not two", async () => {
    const at = async (ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });
    expect(await verifyTotp(secret, await at(now), null, now)).toBe(Math.floor(now / 30_000));
    expect(await verifyTotp(secret, await at(now - 30_000), null, now)).not.toBeNull();
    expect(await verifyTotp(secret, await at(now + 30_000), null, now)).not.toBeNull();
    expect(await verifyTotp(secret, await at(now - 90_000), null, now)).toBeNull();
    expect(await verifyTotp(secret, "12345", null, now)).toBeNull();
    expect(await verifyTotp(secret, "abcdef", null, now)).toBeNull();
  });

  it("refuses a code of a step already used", async () => {
    const code = await generate({ secret, epoch: Math.floor(now / 1000) });
    const step = Math.floor(now / 30_000);
    expect(await verifyTotp(secret, code, step, now)).toBeNull();
    expect(await verifyTotp(secret, code, step - 1, now)).toBe(step);
  });

  it("makes ten distinct recovery codes that normalise the way users type them", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    expect(normaliseRecoveryCode(` ${codes[0]!.toLowerCase().replace("-", " ")} `)).toBe(codes[0]!.replace("-", ""));
    expect(normaliseRecoveryCode("123456")).toBeNull();
  });

  it("seals secrets per user and key", () => {
    const sealed = sealSecret(secret, "user-1", "k".repeat(32));
    expect(sealed).not.toContain(secret);
    expect(openSecret(sealed, "user-1", "k".repeat(32))).toBe(secret);
    expect(openSecret(sealed, "user-2", "k".repeat(32))).toBeNull();
    expect(openSecret(sealed, "user-1", "j".repeat(32))).toBeNull();
    expect(openSecret(`${sealed.slice(0, -3)}AAA`, "user-1", "k".repeat(32))).toBeNull();
    expect(openSecret("garbage", "user-1", "k".repeat(32))).toBeNull();
  });
});
