import { describe, expect, it } from "vitest";
import {
  ADDRESS_DELAY_STEP_MS,
  ADDRESS_MAX_DELAY_MS,
  ADDRESS_SLOWDOWN_AFTER,
  MAX_FAILURES_PER_ACCOUNT,
  addressDelayMs,
  authenticate,
} from "@/lib/auth/login";
import { makeUser } from "@/prisma/factories";
import { prisma } from "../support/db";

const PASSWORD = "correct horse battery";

describe("authenticate", () => {
  it("signs in with the right password, updates lastLoginAt and audits it", async () => {
    const user = await makeUser(prisma, { email: "siti@sentra.test", password: PASSWORD });
    const result = await authenticate({ email: "  SITI@sentra.test ", password: PASSWORD, address: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { id: user.id, email: "siti@sentra.test" } });
    expect(result.ok && "passwordHash" in result.user).toBe(false);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "auth.login", entityId: user.id } })).toBe(1);
  });

  it("refuses a wrong password with a generic code and audits the failure", async () => {
    const user = await makeUser(prisma, { password: PASSWORD });
    const result = await authenticate({ email: user.email, password: "wrong password!", address: "10.0.0.2" });
    expect(result).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await prisma.auditLog.count({ where: { action: "auth.login_failed", entityId: user.id } })).toBe(1);
  });

  it("locks the account after 10 failures, even for the right password", async () => {
    const user = await makeUser(prisma, { password: PASSWORD });
    const codes: string[] = [];
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await authenticate({ email: user.email, password: `wrong-${i}`, address: `10.1.0.${i}` });
      codes.push(r.ok ? "OK" : r.code);
    }
    expect(codes.slice(0, 9)).toEqual(Array(9).fill("INVALID_CREDENTIALS"));
    expect(codes[9]).toBe("LOCKED");
    expect(await authenticate({ email: user.email, password: PASSWORD, address: "10.1.1.1" })).toEqual({ ok: false, code: "LOCKED" });
  });

  it("behaves the same for an email that does not exist (no account enumeration)", async () => {
    const codes: string[] = [];
    for (let i = 0; i <= MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await authenticate({ email: "nobody@sentra.test", password: `wrong-${i}`, address: `10.2.0.${i}` });
      codes.push(r.ok ? "OK" : r.code);
    }
    expect(codes.slice(0, 9)).toEqual(Array(9).fill("INVALID_CREDENTIALS"));
    expect(codes.slice(9)).toEqual(["LOCKED", "LOCKED"]);
  });

  it("slows a client address down after many failures but never locks a shared address out (issue #16 finding 2)", async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const codes = new Set<string>();
    // 60 failures from one office address, over many accounts: none is refused for the address.
    for (let i = 0; i < 60; i++) {
      const r = await authenticate({ email: `spray${i}@sentra.test`, password: "x", address: "10.9.9.9" }, { sleep });
      codes.add(r.ok ? "OK" : r.code);
    }
    expect([...codes]).toEqual(["INVALID_CREDENTIALS"]);
    expect(waits.length).toBe(60 - ADDRESS_SLOWDOWN_AFTER);
    expect(waits[0]).toBe(ADDRESS_DELAY_STEP_MS);
    expect(Math.max(...waits)).toBeLessThanOrEqual(ADDRESS_MAX_DELAY_MS);
    // A colleague behind the same address signs in (slowed, not refused).
    const user = await makeUser(prisma, { password: PASSWORD });
    expect((await authenticate({ email: user.email, password: PASSWORD, address: "10.9.9.9" }, { sleep })).ok).toBe(true);
    // Another address is not slowed at all.
    const before = waits.length;
    expect((await authenticate({ email: user.email, password: PASSWORD, address: "10.9.9.10" }, { sleep })).ok).toBe(true);
    expect(waits.length).toBe(before);
  });

  it("the per-account lockout holds whatever address each attempt comes from", async () => {
    const user = await makeUser(prisma, { password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await authenticate({ email: user.email, password: `wrong-${i}`, address: `192.0.2.${i}` });
    }
    expect(await authenticate({ email: user.email, password: PASSWORD, address: "198.51.100.1" })).toEqual({ ok: false, code: "LOCKED" });
  });

  it("addresses below the slow-down threshold are not delayed", () => {
    expect(addressDelayMs(0)).toBe(0);
    expect(addressDelayMs(ADDRESS_SLOWDOWN_AFTER - 1)).toBe(0);
    expect(addressDelayMs(ADDRESS_SLOWDOWN_AFTER)).toBe(ADDRESS_DELAY_STEP_MS);
    expect(addressDelayMs(10_000)).toBe(ADDRESS_MAX_DELAY_MS);
  });

  it("refuses a disabled account and bad input", async () => {
    const user = await makeUser(prisma, { password: PASSWORD, isActive: false });
    expect(await authenticate({ email: user.email, password: PASSWORD, address: "10.3.0.1" })).toEqual({
      ok: false,
      code: "ACCOUNT_DISABLED",
    });
    expect(await authenticate({ email: "not-an-email", password: PASSWORD, address: "10.3.0.1" })).toEqual({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await authenticate({ email: user.email, password: "", address: "10.3.0.1" })).toEqual({ ok: false, code: "INVALID_INPUT" });
  });

  it("stores argon2id hashes with at least 19 MiB and 2 iterations", async () => {
    const user = await makeUser(prisma, { password: PASSWORD });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored.passwordHash);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });
});
