import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";
import { verifyPassword } from "@/lib/auth/password";
import { makeProvider, makeUser } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const newUser = { name: "Wulan Sari", email: "wulan@sentra.test", role: "STAFF", password: "kata-sandi-panjang-1" };

describe("createUser", () => {
  it("creates the user with a hashed password and an audit row in one go", async () => {
    const admin = await actorWithRole("ADMIN");
    const user = await createUser({ actor: admin, input: newUser });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).not.toContain(newUser.password);
    expect(await verifyPassword(stored.passwordHash, newUser.password)).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.after)).not.toContain("passwordHash");
  });

  it.each(["STAFF", "CONSULTANT", "MANAGER"] as const)("refuses %s and writes nothing", async (role) => {
    const actor = await actorWithRole(role);
    const before = await prisma.user.count();
    await expect(createUser({ actor, input: newUser })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.user.count()).toBe(before);
    expect(await prisma.auditLog.count({ where: { action: "user.create" } })).toBe(0);
  });

  it("refuses a duplicate email, a short password and a consultant without provider", async () => {
    const admin = await actorWithRole("ADMIN");
    await createUser({ actor: admin, input: newUser });
    await expect(createUser({ actor: admin, input: { ...newUser, email: "WULAN@sentra.test" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "email" },
    });
    await expect(createUser({ actor: admin, input: { ...newUser, email: "a@sentra.test", password: "short" } })).rejects.toThrow();
    await expect(createUser({ actor: admin, input: { ...newUser, email: "b@sentra.test", role: "CONSULTANT" } })).rejects.toThrow();
    await expect(createUser({ actor: admin, input: { ...newUser, email: "c@sentra.test", name: "x".repeat(10_000) } })).rejects.toThrow();
    expect(await prisma.user.count({ where: { email: { in: ["a@sentra.test", "b@sentra.test", "c@sentra.test"] } } })).toBe(0);
  });
});

describe("updateUser", () => {
  it("changes the role, bumps the session version and audits before/after", async () => {
    const admin = await actorWithRole("ADMIN");
    const target = await makeUser(prisma, { role: "STAFF" });
    await updateUser({ actor: admin, input: { id: target.id, version: target.version, role: "MANAGER", isActive: "on" } });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.role).toBe("MANAGER");
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: target.id } });
    expect(audit.before).toMatchObject({ role: "STAFF" });
    expect(audit.after).toMatchObject({ role: "MANAGER" });
  });

  it("disabling ends sessions; a stale version is a conflict that changes nothing", async () => {
    const admin = await actorWithRole("ADMIN");
    const target = await makeUser(prisma, { role: "STAFF" });
    await updateUser({ actor: admin, input: { id: target.id, version: target.version, role: "STAFF" } });
    const disabled = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(disabled.isActive).toBe(false);
    expect(disabled.sessionVersion).toBe(target.sessionVersion + 1);
    await expect(
      updateUser({ actor: admin, input: { id: target.id, version: target.version, role: "ADMIN", isActive: "on" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("STAFF");
  });

  it("an admin cannot disable or demote themself", async () => {
    const admin = await actorWithRole("ADMIN");
    const me = await prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    await expect(
      updateUser({ actor: admin, input: { id: admin.id, version: me.version, role: "STAFF", isActive: "on" } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("a consultant turned staff loses their assignments", async () => {
    const admin = await actorWithRole("ADMIN");
    const provider = await makeProvider(prisma);
    const consultant = await makeUser(prisma, { role: "CONSULTANT", bdsProviderId: provider.id });
    const cluster = await prisma.cluster.create({ data: { name: "Sentra A", commodity: "Batik", provinceCode: "33" } });
    await prisma.consultantAssignment.create({ data: { consultantId: consultant.id, clusterId: cluster.id } });
    await updateUser({ actor: admin, input: { id: consultant.id, version: consultant.version, role: "STAFF", isActive: "on" } });
    expect(await prisma.consultantAssignment.count({ where: { consultantId: consultant.id } })).toBe(0);
  });

  it("refuses a non-admin", async () => {
    const staff = await actorWithRole("STAFF");
    const target = await makeUser(prisma, { role: "STAFF" });
    await expect(
      updateUser({ actor: staff, input: { id: target.id, version: target.version, role: "ADMIN", isActive: "on" } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("STAFF");
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends sessions and is audited without the secret", async () => {
    const admin = await actorWithRole("ADMIN");
    const target = await makeUser(prisma, { password: "old-password-123" });
    await resetPassword({ actor: admin, input: { id: target.id, newPassword: "new-password-456" } });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verifyPassword(after.passwordHash, "new-password-456")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "old-password-123")).toBe(false);
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.reset_password", entityId: target.id } });
    expect(JSON.stringify(audit)).not.toContain("new-password-456");
  });

  it("refuses a manager", async () => {
    const manager = await actorWithRole("MANAGER");
    const target = await makeUser(prisma, { password: "old-password-123" });
    await expect(resetPassword({ actor: manager, input: { id: target.id, newPassword: "new-password-456" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
