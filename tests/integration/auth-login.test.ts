import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, authenticate } from "@/lib/auth/login";
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

  it("limits failures per client address across accounts", async () => {
    let last = "";
    for (let i = 0; i < 50; i++) {
      const r = await authenticate({ email: `spray${i}@sentra.test`, password: "x", address: "10.9.9.9" });
      last = r.ok ? "OK" : r.code;
    }
    expect(last).toBe("RATE_LIMITED");
    const user = await makeUser(prisma, { password: PASSWORD });
    expect(await authenticate({ email: user.email, password: PASSWORD, address: "10.9.9.9" })).toEqual({ ok: false, code: "RATE_LIMITED" });
    expect((await authenticate({ email: user.email, password: PASSWORD, address: "10.9.9.10" })).ok).toBe(true);
  });

  it("refuses a disabled account and bad input", async () => {
    const user = await makeUser(prisma, { password: PASSWORD, isActive: false });
    expect(await authenticate({ email: user.email, password: PASSWORD, address: "10.3.0.1" })).toEqual({ ok: false, code: "ACCOUNT_DISABLED" });
    expect(await authenticate({ email: "not-an-email", password: PASSWORD, address: "10.3.0.1" })).toEqual({ ok: false, code: "INVALID_INPUT" });
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
