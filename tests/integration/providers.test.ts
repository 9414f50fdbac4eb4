import { describe, expect, it } from "vitest";
import { getProviderPage, listProviders, stageMove } from "@/lib/providers/queries";
import { recordDelivery } from "@/lib/providers/record-delivery";
import { reverseDelivery } from "@/lib/providers/reverse-delivery";
import { createAgreement } from "@/lib/providers/create-agreement";
import { updateAgreement } from "@/lib/providers/update-agreement";
import { createProvider } from "@/lib/providers/create-provider";
import { updateProvider } from "@/lib/providers/update-provider";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const profile = {
  name: "LPB Uji Sejahtera",
  legalForm: "CV",
  provinceCode: "33",
  address: "",
  contactName: "Ibu Sri",
  contactPhone: "",
  contactEmail: "LPB@Contoh.id",
  accreditationStatus: "IN_PROGRESS",
  accreditationBody: "Jaringan konsultan internasional",
  networkName: "Forum LPB Jawa Tengah",
  services: ["TRAINING", "MENTORING"],
};

/** A provider offering training, two clusters, a consultant of the provider assigned to the first only. */
async function world() {
  const provider = await prisma.bdsProvider.create({
    data: { name: "LPB Dunia", provinceCode: "33", services: ["TRAINING", "MARKET_ACCESS"] },
  });
  const other = await prisma.bdsProvider.create({ data: { name: "LPB Lain", provinceCode: "32", services: ["TRAINING"] } });
  const mine = await makeCluster(prisma, { name: "Sentra Ditugaskan", bdsProviderId: provider.id });
  const notMine = await makeCluster(prisma, { name: "Sentra Tidak Ditugaskan", bdsProviderId: provider.id });
  const sme = await makeSme(prisma, { clusterId: mine.id });
  const foreignSme = await makeSme(prisma, { clusterId: notMine.id });
  const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: provider.id });
  await assign(prisma, consultant.id, mine.id);
  const staff = await actorWithRole("STAFF");
  return { provider, other, mine, notMine, sme, foreignSme, consultant, staff };
}

const delivery = (providerId: string, clusterId: string, extra: Record<string, unknown> = {}) => ({
  providerId,
  clusterId,
  service: "TRAINING",
  deliveredOn: "2026-03-02",
  participantCount: "10",
  feeAmount: "2.500.000",
  laterFinancing: "",
  notes: "",
  smeIds: [],
  ...extra,
});

describe("BDS providers", () => {
  it("staff and admins register and edit providers with optimistic concurrency; others may not", async () => {
    const staff = await actorWithRole("STAFF");
    const created = await createProvider({ actor: staff, input: profile });
    expect(created).toMatchObject({
      accreditationStatus: "IN_PROGRESS",
      services: ["TRAINING", "MENTORING"],
      contactEmail: "lpb@contoh.id",
      address: null,
      version: 1,
    });
    await expect(createProvider({ actor: staff, input: profile })).rejects.toMatchObject({ rule: "PROVIDER_NAME_TAKEN" });
    const saved = await updateProvider({
      actor: staff,
      input: { ...profile, id: created.id, version: "1", services: ["TRAINING"], accreditationStatus: "ACCREDITED" },
    });
    expect(saved).toMatchObject({ version: 2, services: ["TRAINING"], accreditationStatus: "ACCREDITED" });
    await expect(updateProvider({ actor: staff, input: { ...profile, id: created.id, version: "1" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(createProvider({ actor: staff, input: { ...profile, name: "X", services: ["NOT_A_SERVICE"] } })).rejects.toThrow();
    for (const role of ["MANAGER", "CONSULTANT"] as const) {
      await expect(createProvider({ actor: await actorWithRole(role), input: { ...profile, name: "Lain" } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await prisma.auditLog.count({ where: { entityId: created.id } })).toBe(2);
  });

  it("agreements: one per provider and year, covering chosen centres (replaced on edit)", async () => {
    const { provider, mine, notMine, staff } = await world();
    const agreement = await createAgreement({
      actor: staff,
      input: {
        providerId: provider.id,
        year: "2001",
        number: "PKS-1",
        signedOn: "2001-03-15",
        sponsorName: "PT Suwastama",
        notes: "",
        clusterIds: [mine.id],
      },
    });
    await expect(
      createAgreement({ actor: staff, input: { providerId: provider.id, year: "2001", clusterIds: [mine.id] } }),
    ).rejects.toMatchObject({ rule: "AGREEMENT_EXISTS" });
    await expect(createAgreement({ actor: staff, input: { providerId: provider.id, year: "2002", clusterIds: [] } })).rejects.toThrow();
    await expect(
      createAgreement({ actor: staff, input: { providerId: provider.id, year: "2002", clusterIds: ["nope"] } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await updateAgreement({
      actor: staff,
      input: { id: agreement.id, version: "1", providerId: provider.id, year: "2001", sponsorName: "", clusterIds: [notMine.id] },
    });
    const rows = await prisma.bdsAgreementCluster.findMany({ where: { agreementId: agreement.id } });
    expect(rows.map((r) => r.clusterId)).toEqual([notMine.id]);
    await expect(
      updateAgreement({
        actor: staff,
        input: { id: agreement.id, version: "1", providerId: provider.id, year: "2001", clusterIds: [mine.id] },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      createAgreement({
        actor: await actorWithRole("CONSULTANT"),
        input: { providerId: provider.id, year: "2003", clusterIds: [mine.id] },
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("a consultant records deliveries only for their own provider and assigned centres", async () => {
    const { provider, other, mine, notMine, sme, foreignSme, consultant } = await world();
    const ok = await recordDelivery({
      actor: consultant,
      input: delivery(provider.id, mine.id, { smeIds: [sme.id], laterFinancing: "Rp 150.000.000" }),
    });
    expect(ok).toMatchObject({ feeAmount: 2_500_000n, laterFinancing: 150_000_000n, recordedById: consultant.id });
    await expect(recordDelivery({ actor: consultant, input: delivery(other.id, mine.id) })).rejects.toMatchObject({
      rule: "NOT_OWN_PROVIDER",
    });
    await expect(recordDelivery({ actor: consultant, input: delivery(provider.id, notMine.id) })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "clusterId" },
    });
    await expect(
      recordDelivery({ actor: consultant, input: delivery(provider.id, mine.id, { service: "TECHNOLOGY" }) }),
    ).rejects.toMatchObject({ rule: "SERVICE_NOT_OFFERED" });
    await expect(
      recordDelivery({ actor: consultant, input: delivery(provider.id, mine.id, { smeIds: [foreignSme.id] }) }),
    ).rejects.toMatchObject({ rule: "SME_NOT_IN_CLUSTER" });
    await expect(
      recordDelivery({ actor: consultant, input: delivery(provider.id, mine.id, { smeIds: [sme.id], participantCount: "0" }) }),
    ).rejects.toMatchObject({
      rule: "PARTICIPANTS_BELOW_SMES",
    });
    await expect(recordDelivery({ actor: consultant, input: delivery(provider.id, mine.id, { feeAmount: "-1" }) })).rejects.toThrow();
    await expect(recordDelivery({ actor: await actorWithRole("MANAGER"), input: delivery(provider.id, mine.id) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    // A delivery is never edited: the later financing comes as a correction (reversal + corrected delivery).
    const corrected = await reverseDelivery({
      actor: consultant,
      input: {
        deliveryId: ok.id,
        providerId: provider.id,
        reason: "Pembiayaan lanjutan kini diketahui",
        reversedOn: "2026-04-01",
        correctedLaterFinancing: "200000000",
      },
    });
    expect(await prisma.serviceDelivery.findUniqueOrThrow({ where: { id: corrected.correctedId! } })).toMatchObject({
      feeAmount: 2_500_000n,
      laterFinancing: 200_000_000n,
      participantCount: 10,
      deliveredOn: new Date("2026-03-02"),
    });
    expect(await prisma.serviceDelivery.count()).toBe(3);
  });

  it("the provider page is scoped: a consultant sees their own provider and assigned centres only", async () => {
    const { provider, other, mine, notMine, consultant, staff } = await world();
    await recordDelivery({ actor: staff, input: delivery(provider.id, mine.id, { feeAmount: "999999999999999", laterFinancing: "1" }) });
    await recordDelivery({
      actor: staff,
      input: delivery(provider.id, notMine.id, { service: "MARKET_ACCESS", deliveredOn: "2025-05-05", feeAmount: "4" }),
    });
    await createAgreement({ actor: staff, input: { providerId: provider.id, year: "2026", clusterIds: [mine.id, notMine.id] } });

    const full = (await getProviderPage(staff, provider.id))!;
    expect(full.centres.map((c) => c.name).sort()).toEqual(["Sentra Ditugaskan", "Sentra Tidak Ditugaskan"]);
    expect(full.incomeTotal).toMatchObject({ deliveries: 2, direct: 1_000_000_000_000_003n, indirect: 1n });
    expect(full.servicesByYear).toEqual([
      { year: 2025, service: "MARKET_ACCESS", deliveries: 1, participants: 10 },
      { year: 2026, service: "TRAINING", deliveries: 1, participants: 10 },
    ]);

    const scoped = (await getProviderPage(consultant, provider.id))!;
    expect(scoped.centres.map((c) => c.name)).toEqual(["Sentra Ditugaskan"]);
    expect(scoped.deliveries).toHaveLength(1);
    expect(scoped.incomeTotal.direct).toBe(999_999_999_999_999n);
    expect(scoped.provider.agreements[0]!.clusters.map((c) => c.cluster.name)).toEqual(["Sentra Ditugaskan"]);
    expect(JSON.stringify(scoped, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain("Tidak Ditugaskan");
    expect(await getProviderPage(consultant, other.id)).toBeNull();
    expect((await listProviders(consultant)).map((p) => p.id)).toEqual([provider.id]);
    expect((await listProviders(await actorWithRole("MANAGER"))).length).toBe(2);
  });

  it("stage movement: first vs latest stage per centre, and no data yet", async () => {
    const { provider, mine, notMine, staff } = await world();
    const assessor = await actorWithRole("STAFF");
    let n = 0;
    const history = async (clusterId: string, stage: "SURVIVAL" | "ADVANCE" | "MATURE", decidedAt: string) => {
      const d = await prisma.diagnosis.create({
        data: {
          clusterId,
          instrumentCode: "test",
          instrumentVersion: `v${n++}`,
          assessorId: assessor.id,
          status: "APPROVED",
          resultStage: stage,
        },
      });
      await prisma.stageHistory.create({
        data: { clusterId, diagnosisId: d.id, stage, provinceCode: "33", decidedAt: new Date(decidedAt) },
      });
    };
    const before = (await getProviderPage(staff, provider.id))!;
    expect(before.centres.every((c) => c.move === "NONE")).toBe(true);
    await history(mine.id, "ADVANCE", "2024-01-10");
    await history(mine.id, "SURVIVAL", "2023-01-10");
    await history(mine.id, "MATURE", "2025-06-01");
    await history(notMine.id, "ADVANCE", "2025-01-01");
    const after = (await getProviderPage(staff, provider.id))!;
    const byName = Object.fromEntries(after.centres.map((c) => [c.name, c]));
    expect(byName["Sentra Ditugaskan"]).toMatchObject({
      move: "UP",
      assessments: 3,
      first: { stage: "SURVIVAL" },
      latest: { stage: "MATURE" },
    });
    expect(byName["Sentra Tidak Ditugaskan"]).toMatchObject({ move: "ONE" });
    expect(stageMove("MATURE", "ADVANCE", 2)).toBe("DOWN");
    expect(stageMove("ADVANCE", "ADVANCE", 4)).toBe("SAME");
  });
});
