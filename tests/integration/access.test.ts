import { describe, expect, it } from "vitest";
import { assignConsultant } from "@/lib/assignments/assign-consultant";
import { unassignConsultant } from "@/lib/assignments/unassign-consultant";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { makeCluster, makeProvider, makeUser } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

async function twoClusters() {
  const a = await makeCluster(prisma, { name: "Sentra Batik Laweyan", provinceCode: "33" });
  const b = await makeCluster(prisma, { name: "Sentra Perak Kotagede", provinceCode: "34" });
  return { a, b };
}

describe("clusterAccessWhere", () => {
  it("a consultant sees exactly the assigned clusters; another id is not found", async () => {
    const { a, b } = await twoClusters();
    const consultant = await actorWithRole("CONSULTANT");
    await prisma.consultantAssignment.create({ data: { consultantId: consultant.id, clusterId: a.id } });
    const visible = await prisma.cluster.findMany({ where: clusterAccessWhere(consultant), select: { id: true } });
    expect(visible.map((c) => c.id)).toEqual([a.id]);
    expect(await prisma.cluster.findFirst({ where: { AND: [{ id: b.id }, clusterAccessWhere(consultant)] } })).toBeNull();
  });

  it.each(["ADMIN", "STAFF", "MANAGER"] as const)("%s sees every cluster", async (role) => {
    await twoClusters();
    const user = await actorWithRole(role);
    expect(await prisma.cluster.count({ where: clusterAccessWhere(user) })).toBe(2);
  });

  it("fails closed for an unknown role", async () => {
    await twoClusters();
    expect(await prisma.cluster.count({ where: clusterAccessWhere({ id: "x", role: "GUEST" as never }) })).toBe(0);
  });
});

describe("assignConsultant / unassignConsultant", () => {
  it("an admin assigns and removes, each audited", async () => {
    const { a } = await twoClusters();
    const admin = await actorWithRole("ADMIN");
    const consultant = await actorWithRole("CONSULTANT");
    await assignConsultant({ actor: admin, input: { consultantId: consultant.id, clusterId: a.id } });
    await assignConsultant({ actor: admin, input: { consultantId: consultant.id, clusterId: a.id } }); // idempotent
    expect(await prisma.consultantAssignment.count({ where: { consultantId: consultant.id } })).toBe(1);
    await unassignConsultant({ actor: admin, input: { consultantId: consultant.id, clusterId: a.id } });
    expect(await prisma.consultantAssignment.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: { in: ["assignment.create", "assignment.delete"] } } })).toBe(3);
  });

  it.each(["STAFF", "MANAGER", "CONSULTANT"] as const)("refuses %s", async (role) => {
    const { a } = await twoClusters();
    const actor = await actorWithRole(role);
    const consultant = await actorWithRole("CONSULTANT");
    await expect(assignConsultant({ actor, input: { consultantId: consultant.id, clusterId: a.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await prisma.consultantAssignment.count()).toBe(0);
  });

  it("refuses a user who is not an active consultant, and an unknown cluster", async () => {
    const { a } = await twoClusters();
    const admin = await actorWithRole("ADMIN");
    const staff = await makeUser(prisma, { role: "STAFF" });
    await expect(assignConsultant({ actor: admin, input: { consultantId: staff.id, clusterId: a.id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const provider = await makeProvider(prisma);
    const disabled = await makeUser(prisma, { role: "CONSULTANT", bdsProviderId: provider.id, isActive: false });
    await expect(assignConsultant({ actor: admin, input: { consultantId: disabled.id, clusterId: a.id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const consultant = await actorWithRole("CONSULTANT");
    await expect(assignConsultant({ actor: admin, input: { consultantId: consultant.id, clusterId: "nope" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await prisma.consultantAssignment.count()).toBe(0);
  });
});
