import { describe, expect, it } from "vitest";
import { clusterListWhere } from "@/lib/clusters/queries";
import { searchMoveTargets } from "@/lib/smes/move-options";
import { moveSme } from "@/lib/smes/move-sme";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

async function registry() {
  const laweyan = await makeCluster(prisma, {
    name: "Sentra Batik Laweyan",
    commodity: "Batik tulis",
    provinceCode: "33",
    regencyCode: "33.72",
  });
  const kotagede = await makeCluster(prisma, {
    name: "Sentra Perak Kotagédé",
    commodity: "Kerajinan perak",
    provinceCode: "34",
    regencyCode: "34.71",
  });
  const kasongan = await makeCluster(prisma, { name: "Sentra Gerabah Kasongan", commodity: "Gerabah", provinceCode: "34" });
  return { laweyan, kotagede, kasongan };
}

const names = (r: { clusters: Array<{ name: string }> }) => r.clusters.map((c) => c.name);

describe("searchMoveTargets", () => {
  it("finds active clusters by part of the name, whatever the accents and case, with their area", async () => {
    const { kotagede } = await registry();
    const staff = await actorWithRole("STAFF");
    for (const q of ["KOTAGEDE", "perak kotag", "  Kotagédé "]) {
      const result = await searchMoveTargets({ actor: staff, input: { q } });
      expect(result.clusters, q).toEqual([
        { id: kotagede.id, name: "Sentra Perak Kotagédé", area: "Kota Yogyakarta, Daerah Istimewa Yogyakarta" },
      ]);
      expect(result.hasMore).toBe(false);
    }
    expect(names(await searchMoveTargets({ actor: staff, input: { q: "sentra" } }))).toEqual([
      "Sentra Batik Laweyan",
      "Sentra Gerabah Kasongan",
      "Sentra Perak Kotagédé",
    ]);
    expect(names(await searchMoveTargets({ actor: staff, input: { q: "tenun" } }))).toEqual([]);
  });

  it("leaves out archived clusters and the SME's current one", async () => {
    const { laweyan, kasongan } = await registry();
    await prisma.cluster.update({ where: { id: kasongan.id }, data: { status: "ARCHIVED" } });
    const admin = await actorWithRole("ADMIN");
    expect(names(await searchMoveTargets({ actor: admin, input: { q: "sentra" } }))).toEqual([
      "Sentra Batik Laweyan",
      "Sentra Perak Kotagédé",
    ]);
    expect(names(await searchMoveTargets({ actor: admin, input: { q: "sentra", exclude: laweyan.id } }))).toEqual([
      "Sentra Perak Kotagédé",
    ]);
  });

  it("shows at most 20, in name order, and says that there are more", async () => {
    for (let i = 1; i <= 21; i++) await makeCluster(prisma, { name: `Sentra Tenun ${String(i).padStart(2, "0")}` });
    const staff = await actorWithRole("STAFF");
    const result = await searchMoveTargets({ actor: staff, input: { q: "tenun" } });
    expect(result.hasMore).toBe(true);
    expect(names(result)).toEqual(Array.from({ length: 20 }, (_, i) => `Sentra Tenun ${String(i + 1).padStart(2, "0")}`));
    expect((await searchMoveTargets({ actor: staff, input: { q: "tenun 2" } })).hasMore).toBe(false);
  });

  it.each(["CONSULTANT", "MANAGER"] as const)("refuses %s, who may not move SMEs", async (role) => {
    await registry();
    const actor = await actorWithRole(role);
    await expect(searchMoveTargets({ actor, input: { q: "sentra" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("its rule, shared with the cluster list, shows a consultant only the assigned clusters", async () => {
    const { laweyan } = await registry();
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, laweyan.id);
    const visible = await prisma.cluster.findMany({ where: await clusterListWhere(consultant, { q: "SENTRA" }), select: { name: true } });
    expect(visible.map((c) => c.name)).toEqual(["Sentra Batik Laweyan"]);
  });

  it.each([
    ["a 101-character query", { q: "x".repeat(101) }],
    ["a one-letter query", { q: "s" }],
    ["no query", {}],
    ["an over-long cluster id to leave out", { q: "sentra", exclude: "c".repeat(41) }],
  ])("refuses %s", async (_label, input) => {
    await registry();
    const staff = await actorWithRole("STAFF");
    await expect(searchMoveTargets({ actor: staff, input })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("moveSme checks the target itself, whatever the picker offered", () => {
  it("refuses an archived cluster, an unknown one and the current one, and moves nothing", async () => {
    const { laweyan, kasongan } = await registry();
    await prisma.cluster.update({ where: { id: kasongan.id }, data: { status: "ARCHIVED" } });
    const sme = await makeSme(prisma, { clusterId: laweyan.id });
    const staff = await actorWithRole("STAFF");
    const move = (toClusterId: string) => moveSme({ actor: staff, input: { id: sme.id, version: sme.version, toClusterId } });
    await expect(move(kasongan.id)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "toClusterId", fieldMessage: "unknownCluster" },
    });
    await expect(move("no-such-cluster")).rejects.toMatchObject({ details: { fieldMessage: "unknownCluster" } });
    await expect(move(laweyan.id)).rejects.toMatchObject({ details: { fieldMessage: "sameCluster" } });
    expect((await prisma.sme.findUniqueOrThrow({ where: { id: sme.id } })).clusterId).toBe(laweyan.id);
    expect(await prisma.smeClusterMove.count()).toBe(0);
  });
});
