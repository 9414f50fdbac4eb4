import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, authenticate, confirmEnrolment } from "@/lib/auth/login";
import { beginEnrolment } from "@/lib/auth/mfa/enrolment";
import { openSecret } from "@/lib/auth/mfa/secret-box";
import { getAuthOptions } from "@/lib/auth/options";
import { getEnv } from "@/lib/env";
import { resetSecondFactor } from "@/lib/users/reset-second-factor";
import { makeUser } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const PASSWORD = "correct horse battery";
const T0 = Date.UTC(2026, 11, 2, 9, 0, 0);
const codeAt = (secret: string, ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });

let seq = 0;
const address = () => `10.77.${Math.floor(seq / 250)}.${seq++ % 250}`;

/** An admin who has finished enrolling at T0; returns the secret and recovery codes. */
async function enrolledAdmin(email = `admin${seq}@sentra.test`) {
  const user = await makeUser(prisma, { email, role: "ADMIN", password: PASSWORD });
  const started = await beginEnrolment({ email, password: PASSWORD, address: address() });
  if (!started.ok) throw new Error(started.code);
  const { secret, recoveryCodes } = started.enrolment;
  const done = await authenticate({ email, password: PASSWORD, code: await codeAt(secret, T0), address: address() }, { now: () => T0 });
  expect(done.ok).toBe(true);
  return { user, secret, recoveryCodes };
}

describe("second factor (TOTP, issue #16)", () => {
  it("requires an admin or a manager to enrol, and lets others in with the password alone", async () => {
    const admin = await makeUser(prisma, { role: "ADMIN", password: PASSWORD });
    const manager = await makeUser(prisma, { role: "MANAGER", password: PASSWORD });
    const staff = await makeUser(prisma, { role: "STAFF", password: PASSWORD });
    expect(await authenticate({ email: admin.email, password: PASSWORD, address: address() })).toEqual({ ok: false, code: "MFA_ENROL" });
    expect(await authenticate({ email: manager.email, password: PASSWORD, address: address() })).toEqual({ ok: false, code: "MFA_ENROL" });
    expect((await authenticate({ email: staff.email, password: PASSWORD, address: address() })).ok).toBe(true);
    // A code without a started enrolment does not sign in.
    expect(await authenticate({ email: admin.email, password: PASSWORD, code: "123456", address: address() })).toEqual({
      ok: false,
      code: "MFA_ENROL",
    });
    expect(await prisma.auditLog.count({ where: { action: "auth.login", entityId: { in: [admin.id, manager.id] } } })).toBe(0);
  });

  it("exempts the demo accounts only on the embedded demo database", async () => {
    await makeUser(prisma, { email: "admin@sentra.test", role: "ADMIN", password: PASSWORD });
    const input = { email: "admin@sentra.test", password: PASSWORD, address: address() };
    expect((await authenticate(input, { demoDatabase: true })).ok).toBe(true);
    expect(await authenticate(input, { demoDatabase: false })).toEqual({ ok: false, code: "MFA_ENROL" });
    const other = await makeUser(prisma, { role: "ADMIN", password: PASSWORD });
    expect(await authenticate({ ...input, email: other.email }, { demoDatabase: true })).toEqual({ ok: false, code: "MFA_ENROL" });
  });

  it("enrols: the secret is sealed at rest, ten recovery codes are stored hashed, the first code enables it", async () => {
    const user = await makeUser(prisma, { role: "MANAGER", password: PASSWORD });
    const started = await beginEnrolment({ email: user.email, password: PASSWORD, address: address() });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const { secret, recoveryCodes, qrDataUrl } = started.enrolment;
    expect(qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrDataUrl.split(",")[1]!, "base64").toString()).toContain("<svg");
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(openSecret(row.totpSecret!, user.id, getEnv().NEXTAUTH_SECRET)).toBe(secret);
    expect(openSecret(row.totpSecret!, "another-user", getEnv().NEXTAUTH_SECRET)).toBeNull();
    const stored = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const r of stored) expect(r.codeHash).toMatch(/^\$argon2id\$/);
    expect(stored.map((r) => r.codeHash).join()).not.toContain(recoveryCodes[0]!.replace("-", ""));

    // A recovery code cannot confirm an enrolment: only the app's code does.
    expect(
      await authenticate({ email: user.email, password: PASSWORD, code: recoveryCodes[0], address: address() }, { now: () => T0 }),
    ).toEqual({
      ok: false,
      code: "INVALID_CODE",
    });
    const ok = await authenticate(
      { email: user.email, password: PASSWORD, code: await codeAt(secret, T0), address: address() },
      { now: () => T0 },
    );
    expect(ok).toMatchObject({ ok: true, user: { id: user.id } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "auth.mfa_enrolled", entityId: user.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: "auth.mfa_enrol_started", entityId: user.id } })).toBe(1);
    // Enrolled: the password alone now asks for the code; a second enrolment is refused.
    expect(await authenticate({ email: user.email, password: PASSWORD, address: address() })).toEqual({ ok: false, code: "MFA_REQUIRED" });
    expect(await beginEnrolment({ email: user.email, password: PASSWORD, address: address() })).toEqual({
      ok: false,
      code: "ALREADY_ENROLLED",
    });
  });

  it("a wrong password at enrolment is refused and counted like a sign-in failure", async () => {
    const user = await makeUser(prisma, { role: "ADMIN", password: PASSWORD });
    expect(await beginEnrolment({ email: user.email, password: "wrong password", address: address() })).toEqual({
      ok: false,
      code: "INVALID_CREDENTIALS",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBeNull();
  });

  it("verifies a code, refuses a wrong one and a replayed one", async () => {
    const { user, secret } = await enrolledAdmin();
    const at = T0 + 5 * 60_000;
    const code = await codeAt(secret, at);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await authenticate({ email: user.email, password: PASSWORD, code: wrong, address: address() }, { now: () => at })).toEqual({
      ok: false,
      code: "INVALID_CODE",
    });
    expect(await prisma.auditLog.count({ where: { action: "auth.login_failed", entityId: user.id } })).toBe(1);
    expect((await authenticate({ email: user.email, password: PASSWORD, code, address: address() }, { now: () => at })).ok).toBe(true);
    // The same code again, within its window: refused (RFC 6238 section 5.2).
    expect(await authenticate({ email: user.email, password: PASSWORD, code, address: address() }, { now: () => at + 5_000 })).toEqual({
      ok: false,
      code: "INVALID_CODE",
    });
    // The enrolment code itself cannot be replayed either; the next period's code works.
    expect(
      (
        await authenticate(
          { email: user.email, password: PASSWORD, code: await codeAt(secret, at + 30_000), address: address() },
          { now: () => at + 30_000 },
        )
      ).ok,
    ).toBe(true);
    // A right code with a wrong password: refused as a wrong password.
    expect(
      await authenticate(
        { email: user.email, password: "nope nope", code: await codeAt(secret, at + 60_000), address: address() },
        { now: () => at + 60_000 },
      ),
    ).toEqual({
      ok: false,
      code: "INVALID_CREDENTIALS",
    });
  });

  it("accepts each recovery code once", async () => {
    const { user, recoveryCodes } = await enrolledAdmin();
    const [first, second] = recoveryCodes;
    expect((await authenticate({ email: user.email, password: PASSWORD, code: first!.toLowerCase(), address: address() })).ok).toBe(true);
    expect(await authenticate({ email: user.email, password: PASSWORD, code: first, address: address() })).toEqual({
      ok: false,
      code: "INVALID_CODE",
    });
    expect((await authenticate({ email: user.email, password: PASSWORD, code: second!.replace("-", " "), address: address() })).ok).toBe(
      true,
    );
    expect(await prisma.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(2);
    const login = await prisma.auditLog.findFirstOrThrow({
      where: { action: "auth.login", entityId: user.id },
      orderBy: { createdAt: "desc" },
    });
    expect(login.after).toEqual({ secondFactor: "recovery" });
  });

  it("wrong codes count towards the account lockout; knowing the password does not reset it", async () => {
    const { user, secret } = await enrolledAdmin();
    const at = T0 + 10 * 60_000;
    const codes: string[] = [];
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await authenticate(
        { email: user.email, password: PASSWORD, code: `9${String(i).padStart(5, "0")}`, address: address() },
        { now: () => at },
      );
      codes.push(r.ok ? "OK" : r.code);
    }
    expect(codes.slice(0, 9)).toEqual(Array(9).fill("INVALID_CODE"));
    expect(codes[9]).toBe("LOCKED");
    // The right password and the right code: still locked.
    expect(
      await authenticate({ email: user.email, password: PASSWORD, code: await codeAt(secret, at), address: address() }, { now: () => at }),
    ).toEqual({
      ok: false,
      code: "LOCKED",
    });
  });

  it("an admin reset removes the second factor, ends the user's sessions and is audited", async () => {
    const { user } = await enrolledAdmin();
    const admin = await actorWithRole("ADMIN");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await resetSecondFactor({ actor: admin, input: { id: user.id } });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.totpSecret).toBeNull();
    expect(after.totpEnabledAt).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.reset_second_factor", entityId: user.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toEqual({ enrolled: true, recoveryCodes: 10 });
    // The user's old session is dead; at the next sign-in the admin enrols again.
    const jwt = getAuthOptions().callbacks!.jwt!;
    const oldToken = { uid: user.id, role: "ADMIN", sv: before.sessionVersion, authTime: Date.now() };
    await expect(jwt({ token: oldToken } as never)).rejects.toThrow("SESSION_REVOKED");
    expect(await authenticate({ email: user.email, password: PASSWORD, address: address() })).toEqual({ ok: false, code: "MFA_ENROL" });
  });

  it("a staff member enrols by choice from the account page; a wrong code counts as a failure", async () => {
    const user = await makeUser(prisma, { role: "STAFF", password: PASSWORD });
    expect(await confirmEnrolment({ userId: user.id, code: "123456", address: address() })).toEqual({ ok: false, code: "MFA_ENROL" });
    const started = await beginEnrolment({ email: user.email, password: PASSWORD, address: address() });
    if (!started.ok) throw new Error(started.code);
    const { secret } = started.enrolment;
    const good = await codeAt(secret, T0);
    const wrong = good === "000000" ? "111111" : "000000";
    expect(await confirmEnrolment({ userId: user.id, code: wrong, address: address() }, { now: () => T0 })).toEqual({
      ok: false,
      code: "INVALID_CODE",
    });
    expect(await prisma.auditLog.count({ where: { action: "auth.mfa_enrol_failed", entityId: user.id } })).toBe(1);
    expect(await confirmEnrolment({ userId: user.id, code: good, address: address() }, { now: () => T0 })).toEqual({ ok: true });
    expect(await confirmEnrolment({ userId: user.id, code: good, address: address() }, { now: () => T0 })).toEqual({
      ok: false,
      code: "ALREADY_ENROLLED",
    });
    // From now on the password alone is not enough for this staff member.
    expect(await authenticate({ email: user.email, password: PASSWORD, address: address() })).toEqual({ ok: false, code: "MFA_REQUIRED" });
    // The enrolment's code cannot be replayed at sign-in.
    expect(await authenticate({ email: user.email, password: PASSWORD, code: good, address: address() }, { now: () => T0 })).toEqual({
      ok: false,
      code: "INVALID_CODE",
    });
  });

  it.each(["STAFF", "CONSULTANT", "MANAGER"] as const)("refuses a reset by %s", async (role) => {
    const { user } = await enrolledAdmin();
    const actor = await actorWithRole(role);
    await expect(resetSecondFactor({ actor, input: { id: user.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).not.toBeNull();
    expect(await prisma.auditLog.count({ where: { action: "user.reset_second_factor" } })).toBe(0);
  });
});

describe("/api/auth/session for a revoked session (issue #16 finding 5)", () => {
  const jwt = () => getAuthOptions().callbacks!.jwt!;

  it("keeps a current session and refuses one whose version changed or whose user is disabled", async () => {
    const user = await makeUser(prisma, { password: PASSWORD });
    const token = { uid: user.id, role: "STAFF", sv: user.sessionVersion, authTime: Date.now() };
    await expect(jwt()({ token } as never)).resolves.toMatchObject({ uid: user.id });
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await expect(jwt()({ token } as never)).rejects.toThrow("SESSION_REVOKED");
    const other = await makeUser(prisma, { password: PASSWORD });
    await prisma.user.update({ where: { id: other.id }, data: { isActive: false } });
    await expect(jwt()({ token: { ...token, uid: other.id, sv: other.sessionVersion } } as never)).rejects.toThrow("SESSION_REVOKED");
    await expect(jwt()({ token: { name: "not ours" } } as never)).rejects.toThrow("SESSION_REVOKED");
  });
});
