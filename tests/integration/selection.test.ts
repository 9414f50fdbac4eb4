import { describe, expect, it } from "vitest";
import { rankClusters, selectionParams } from "@/lib/selection/ranking";
import { getSelectionSettings } from "@/lib/selection/settings";
import { decideDesignation } from "@/lib/selection/decide-designation";
import { setJudgement } from "@/lib/selection/set-judgement";
import { updateSelectionSettings } from "@/lib/selection/update-selection-settings";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

async function threeClusters() {
  const a = await makeCluster(prisma, {
    id: "a",
    name: "A",
    workerCount: 100,
    productionValue: 1_000_000_000n,
    exportSharePct: 40,
    localMaterialSharePct: 80,
  });
  const b = await makeCluster(prisma, {
    id: "b",
    name: "B",
    workerCount: 300,
    productionValue: 3_000_000_000n,
    exportSharePct: 0,
    localMaterialSharePct: 20,
  });
  const c = await makeCluster(prisma, {
    id: "c",
    name: "C",
    workerCount: 200,
    productionValue: 2_000_000_000n,
    exportSharePct: 100,
    localMaterialSharePct: 50,
    provinceCode: "34",
  });
  return { a, b, c };
}

const all = selectionParams.parse({});

describe("cluster selection ranking", () => {
  it("scores the three criteria as documented (checked by hand)", async () => {
    await threeClusters();
    const { rows } = await rankClusters(all, await getSelectionSettings());
    // Percentile ranks (production value, workers): A 0/0, C 0.5/0.5, B 1/1.
    // market = export/2 + 50*pr(value): A 20, B 50, C 75; employment = 100*pr(workers): A 0, B 100, C 50; local = share.
    // Default weights 40/35/25: A (800+0+2000)/100 = 28; B (2000+3500+500)/100 = 60; C (3000+1750+1250)/100 = 60.
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.a).toMatchObject({ market: 20, employment: 0, local: 80, total: 28, rank: 3 });
    expect(byId.b).toMatchObject({ market: 50, employment: 100, local: 20, total: 60, rank: 1 });
    expect(byId.c).toMatchObject({ market: 75, employment: 50, local: 50, total: 60, rank: 1 });
    expect(rows.map((r) => r.id)).toEqual(["b", "c", "a"]);
  });

  it("blends the analyst's judgement and keeps ranks relative to all candidates when filtered", async () => {
    const { a } = await threeClusters();
    const staff = await actorWithRole("STAFF");
    await setJudgement({
      actor: staff,
      input: { clusterId: a.id, version: a.version, judgementMarket: "5", judgementEmployment: "", judgementLocal: "" },
    });
    const settings = await getSelectionSettings();
    const { rows } = await rankClusters(selectionParams.parse({ province: "33" }), settings);
    // Market for A: 50% judgement (5 → 100) + 50% data (20) = 60; total (2400 + 0 + 2000)/100 = 44.
    expect(rows.find((r) => r.id === "a")).toMatchObject({ market: 60, total: 44, hasJudgement: true });
    expect(rows.map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("only an admin changes the weights, which must add up to 100", async () => {
    const admin = await actorWithRole("ADMIN");
    const staff = await actorWithRole("STAFF");
    const s = await getSelectionSettings();
    const input = { weightMarket: "50", weightEmployment: "30", weightLocal: "20", judgementShare: "0", version: s.version };
    await expect(updateSelectionSettings({ actor: staff, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSelectionSettings({ actor: admin, input: { ...input, weightLocal: "30" } })).rejects.toThrow();
    const saved = await updateSelectionSettings({ actor: admin, input });
    expect(saved).toMatchObject({ weightMarket: 50, judgementShare: 0, version: s.version + 1 });
    await expect(updateSelectionSettings({ actor: admin, input })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a designation records who, when and why; managers and consultants cannot decide", async () => {
    const { b } = await threeClusters();
    const staff = await actorWithRole("STAFF");
    await decideDesignation({
      actor: staff,
      input: { clusterId: b.id, version: b.version, isDesignated: "true", reason: "Prospek ekspor dan serapan tenaga kerja tinggi" },
    });
    const after = await prisma.cluster.findUniqueOrThrow({ where: { id: b.id }, include: { designations: true } });
    expect(after.isDesignated).toBe(true);
    expect(after.designations).toEqual([
      expect.objectContaining({ isDesignated: true, decidedById: staff.id, reason: "Prospek ekspor dan serapan tenaga kerja tinggi" }),
    ]);
    await expect(
      decideDesignation({ actor: staff, input: { clusterId: b.id, version: after.version, isDesignated: "false", reason: "pendek" } }),
    ).rejects.toThrow();
    for (const role of ["MANAGER", "CONSULTANT"] as const) {
      const actor = await actorWithRole(role);
      await expect(
        decideDesignation({
          actor,
          input: { clusterId: b.id, version: after.version, isDesignated: "false", reason: "Alasan yang cukup panjang" },
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const designatedOnly = await rankClusters(selectionParams.parse({ status: "designated" }), await getSelectionSettings());
    expect(designatedOnly.rows.map((r) => r.id)).toEqual(["b"]);
  });
});
