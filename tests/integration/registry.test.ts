import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/clusters/create-cluster";
import { archiveCluster } from "@/lib/clusters/archive-cluster";
import { updateCluster } from "@/lib/clusters/update-cluster";
import { createSme } from "@/lib/smes/create-sme";
import { archiveSme } from "@/lib/smes/archive-sme";
import { moveSme } from "@/lib/smes/move-sme";
import { updateSme } from "@/lib/smes/update-sme";
import { makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const laweyan = {
  name: "Sentra Batik Laweyan",
  commodity: "Batik tulis",
  kbliCode: "13134",
  provinceCode: "33",
  regencyCode: "33.72",
  workerCount: "620",
  productionValue: "Rp 48.000.000.000",
  exportSharePct: "20",
};

describe("createCluster", () => {
  it("registers a cluster with parsed Rupiah, search text and an audit row", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await createCluster({ actor: staff, input: laweyan });
    expect(cluster.productionValue).toBe(48_000_000_000n);
    expect(cluster.workerCount).toBe(620);
    expect(cluster.searchText).toBe("sentra batik laweyan batik tulis");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "cluster.create", entityId: cluster.id } });
    expect(audit.actorId).toBe(staff.id);
    expect(audit.after).toMatchObject({ productionValue: "48000000000" });
  });

  it.each([
    ["negative workers", { workerCount: "-5" }, "workerCount"],
    ["a production value of abc", { productionValue: "abc" }, "productionValue"],
    ["a 10,000-character name", { name: "x".repeat(10_000) }, "name"],
    ["an export share of 150%", { exportSharePct: "150" }, "exportSharePct"],
  ])("refuses %s and writes nothing", async (_label, patch, field) => {
    const staff = await actorWithRole("STAFF");
    const result = createCluster({ actor: staff, input: { ...laweyan, ...patch } });
    await expect(result).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: [field] })]) });
    expect(await prisma.cluster.count()).toBe(0);
  });

  it("refuses an unknown province and a regency outside the province", async () => {
    const staff = await actorWithRole("STAFF");
    await expect(createCluster({ actor: staff, input: { ...laweyan, provinceCode: "99", regencyCode: "" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "provinceCode", fieldMessage: "unknownArea" },
    });
    await expect(createCluster({ actor: staff, input: { ...laweyan, provinceCode: "34" } })).rejects.toMatchObject({
      details: { field: "regencyCode", fieldMessage: "areaMismatch" },
    });
    expect(await prisma.cluster.count()).toBe(0);
  });

  it.each(["CONSULTANT", "MANAGER"] as const)("refuses %s", async (role) => {
    const actor = await actorWithRole(role);
    await expect(createCluster({ actor, input: laweyan })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.cluster.count()).toBe(0);
  });
});

describe("updateCluster and archiveCluster", () => {
  it("saves with the current version; a stale version is a conflict that changes nothing", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await createCluster({ actor: staff, input: laweyan });
    const saved = await updateCluster({
      actor: staff,
      input: { ...laweyan, id: cluster.id, version: cluster.version, workerCount: "700" },
    });
    expect(saved.version).toBe(cluster.version + 1);
    await expect(
      updateCluster({ actor: staff, input: { ...laweyan, id: cluster.id, version: cluster.version, workerCount: "1" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await prisma.cluster.findUniqueOrThrow({ where: { id: cluster.id } })).workerCount).toBe(700);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "cluster.update", entityId: cluster.id } });
    expect(audit.before).toMatchObject({ workerCount: 620 });
    expect(audit.after).toMatchObject({ workerCount: 700 });
  });

  it("archives instead of deleting, and keeps the SMEs", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await createCluster({ actor: staff, input: laweyan });
    await makeSme(prisma, { clusterId: cluster.id });
    await archiveCluster({ actor: staff, input: { id: cluster.id, version: cluster.version } });
    const after = await prisma.cluster.findUniqueOrThrow({ where: { id: cluster.id }, include: { smes: true } });
    expect(after.status).toBe("ARCHIVED");
    expect(after.archivedAt).not.toBeNull();
    expect(after.smes).toHaveLength(1);
  });

  it("a consultant cannot edit even an assigned cluster; an unknown id is not found", async () => {
    const consultant = await actorWithRole("CONSULTANT");
    const cluster = await makeCluster(prisma, { name: "Sentra A" });
    await prisma.consultantAssignment.create({ data: { consultantId: consultant.id, clusterId: cluster.id } });
    await expect(updateCluster({ actor: consultant, input: { ...laweyan, id: cluster.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const staff = await actorWithRole("STAFF");
    await expect(updateCluster({ actor: staff, input: { ...laweyan, id: "missing", version: 1 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("SMEs", () => {
  const sme = {
    businessName: "Batik Sekar Jagad",
    ownerName: "Siti Aminah",
    ownerGender: "FEMALE",
    nib: "9120001234567",
    workerCount: "12",
    annualTurnover: "1.250.000",
  };

  it("creates an SME with a unique NIB; a duplicate NIB is refused next to the field", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma);
    const created = await createSme({ actor: staff, input: { ...sme, clusterId: cluster.id } });
    expect(created.annualTurnover).toBe(1_250_000n);
    expect(created.searchText).toBe("batik sekar jagad siti aminah");
    await expect(createSme({ actor: staff, input: { ...sme, businessName: "Lain", clusterId: cluster.id } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "nib", fieldMessage: "nibTaken" },
    });
    await expect(createSme({ actor: staff, input: { ...sme, nib: "123", clusterId: cluster.id } })).rejects.toThrow();
    await expect(createSme({ actor: staff, input: { ...sme, nib: "", annualTurnover: "abc", clusterId: cluster.id } })).rejects.toThrow();
    expect(await prisma.sme.count()).toBe(1);
  });

  it("moving an SME keeps its history; stale edits conflict", async () => {
    const staff = await actorWithRole("STAFF");
    const from = await makeCluster(prisma, { name: "Sentra Asal" });
    const to = await makeCluster(prisma, { name: "Sentra Tujuan" });
    const created = await createSme({ actor: staff, input: { ...sme, clusterId: from.id } });
    await moveSme({ actor: staff, input: { id: created.id, version: created.version, toClusterId: to.id, reason: "Pindah lokasi usaha" } });
    const moved = await prisma.sme.findUniqueOrThrow({ where: { id: created.id }, include: { moves: true } });
    expect(moved.clusterId).toBe(to.id);
    expect(moved.moves).toEqual([expect.objectContaining({ fromClusterId: from.id, toClusterId: to.id, reason: "Pindah lokasi usaha" })]);
    await expect(updateSme({ actor: staff, input: { ...sme, id: created.id, version: created.version } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await archiveSme({ actor: staff, input: { id: created.id, version: moved.version } });
    expect((await prisma.sme.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("ARCHIVED");
  });

  it("a consultant cannot see or change an SME of an unassigned cluster", async () => {
    const consultant = await actorWithRole("CONSULTANT");
    const cluster = await makeCluster(prisma);
    const target = await makeSme(prisma, { clusterId: cluster.id });
    await expect(updateSme({ actor: consultant, input: { ...sme, id: target.id, version: target.version } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const staffOfOtherRole = await actorWithRole("MANAGER");
    await expect(createSme({ actor: staffOfOtherRole, input: { ...sme, clusterId: cluster.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
