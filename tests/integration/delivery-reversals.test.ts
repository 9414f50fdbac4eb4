import { describe, expect, it } from "vitest";
import { providerDeliveriesTable } from "@/lib/providers/deliveries-export";
import { getProviderPage, listProviders } from "@/lib/providers/queries";
import { recordDelivery } from "@/lib/providers/record-delivery";
import { reverseDelivery } from "@/lib/providers/reverse-delivery";
import { createPlannedAction } from "@/lib/support/create-planned-action";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import { getClusterSupport } from "@/lib/support/queries";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const day = "2026-03-02";
const M = 1_000_000n;

/** A provider offering training with a consultant assigned to one of its two centres, another provider, and staff. */
async function world() {
  const provider = await prisma.bdsProvider.create({ data: { name: `LPB ${Math.random()}`, provinceCode: "33", services: ["TRAINING"] } });
  const other = await prisma.bdsProvider.create({ data: { name: `LPB ${Math.random()}`, provinceCode: "32", services: ["TRAINING"] } });
  const mine = await makeCluster(prisma, { name: "Sentra Ditugaskan", bdsProviderId: provider.id });
  const notMine = await makeCluster(prisma, { name: "Sentra Lain", bdsProviderId: provider.id });
  const sme = await makeSme(prisma, { clusterId: mine.id });
  const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: provider.id });
  await assign(prisma, consultant.id, mine.id);
  const strangerConsultant = await actorWithRole("CONSULTANT", { bdsProviderId: other.id });
  await assign(prisma, strangerConsultant.id, mine.id);
  const staff = await actorWithRole("STAFF");
  return { provider, other, mine, notMine, sme, consultant, strangerConsultant, staff };
}
type World = Awaited<ReturnType<typeof world>>;

function record(w: World, extra: Record<string, unknown> = {}, providerId = w.provider.id) {
  return recordDelivery({
    actor: w.staff,
    input: {
      providerId,
      clusterId: w.mine.id,
      service: "TRAINING",
      deliveredOn: day,
      participantCount: "12",
      feeAmount: "7.500.000",
      laterFinancing: "Rp 150.000.000",
      notes: "Pelatihan pewarnaan alami",
      smeIds: [w.sme.id],
      ...extra,
    },
  });
}

const reverse = (w: World, deliveryId: string, extra: Record<string, unknown> = {}, actor = w.staff) =>
  reverseDelivery({
    actor,
    input: { deliveryId, providerId: w.provider.id, reason: "Imbalan jasa salah ketik", reversedOn: "2026-03-10", ...extra },
  });

describe("reversing a service delivery", () => {
  it("nets the income and counts out, keeps the original, is audited with its reason, and is listed (or hidden) with its reversal", async () => {
    const w = await world();
    const kept = await record(w, { feeAmount: "1000000", laterFinancing: "", participantCount: "3", smeIds: [] });
    const wrong = await record(w);
    const before = (await getProviderPage(w.staff, w.provider.id))!;
    expect(before.incomeTotal).toEqual({ deliveries: 2, participants: 15, direct: 8_500_000n, indirect: 150n * M });

    const result = await reverse(w, wrong.id);
    expect(result.correctedId).toBeNull();
    const after = (await getProviderPage(w.staff, w.provider.id))!;
    expect(after.incomeTotal).toEqual({ deliveries: 1, participants: 3, direct: 1_000_000n, indirect: 0n });
    expect(after.servicesByYear).toEqual([{ year: 2026, service: "TRAINING", deliveries: 1, participants: 3 }]);

    // The original is untouched; the reversal negates it and points at it.
    expect(await prisma.serviceDelivery.findUniqueOrThrow({ where: { id: wrong.id } })).toMatchObject({
      feeAmount: 7_500_000n,
      laterFinancing: 150n * M,
      participantCount: 12,
      reversesId: null,
    });
    expect(await prisma.serviceDelivery.findUniqueOrThrow({ where: { id: result.reversalId } })).toMatchObject({
      feeAmount: -7_500_000n,
      laterFinancing: -150n * M,
      participantCount: -12,
      reversesId: wrong.id,
      reversalReason: "Imbalan jasa salah ketik",
      deliveredOn: new Date("2026-03-10"),
      clusterId: w.mine.id,
      recordedById: w.staff.id,
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "serviceDelivery.reverse", entityId: wrong.id } });
    expect(audit.actorId).toBe(w.staff.id);
    expect(audit.before).toMatchObject({ id: wrong.id, feeAmount: "7500000", smeIds: [w.sme.id] });
    expect(audit.after).toMatchObject({ id: result.reversalId, reversalReason: "Imbalan jasa salah ketik", feeAmount: "-7500000" });

    // The log shows both, linked; the filter hides both and leaves the figures alone.
    const listed = Object.fromEntries(after.deliveries.map((d) => [d.id, d]));
    expect(listed[wrong.id]!.reversedBy).toMatchObject({ id: result.reversalId, reversalReason: "Imbalan jasa salah ketik" });
    expect(listed[result.reversalId]!.reversesId).toBe(wrong.id);
    const hidden = (await getProviderPage(w.staff, w.provider.id, { hideReversed: true }))!;
    expect(hidden.deliveries.map((d) => d.id)).toEqual([kept.id]);
    expect(hidden.incomeTotal).toEqual(after.incomeTotal);

    // The provider list, the cluster page and the export count it the same way.
    expect((await listProviders(w.staff)).find((p) => p.id === w.provider.id)!._count.deliveries).toBe(1);
    const support = (await getClusterSupport(w.staff, w.mine.id))!;
    expect(support.servicesReceived).toEqual([expect.objectContaining({ service: "TRAINING", deliveries: 1, participants: 3 })]);
    const table = (await providerDeliveriesTable(
      w.staff,
      w.provider.id,
      (k) => k,
      (s) => s,
    ))!;
    const byId = Object.fromEntries(table.rows.map((r) => [r[0], r]));
    expect(byId[wrong.id]).toEqual([
      wrong.id,
      day,
      "TRAINING",
      "Sentra Ditugaskan",
      12,
      7_500_000n,
      150n * M,
      null,
      result.reversalId,
      "Imbalan jasa salah ketik",
      expect.any(String),
    ]);
    expect(byId[result.reversalId]!.slice(4, 10)).toEqual([-12, -7_500_000n, -150n * M, wrong.id, null, "Imbalan jasa salah ketik"]);
    expect(table.rows.reduce((s, r) => s + (r[5] as bigint), 0n)).toBe(after.incomeTotal.direct);
  });

  it("with corrected figures records the corrected delivery in the same transaction; a refused correction rolls the reversal back", async () => {
    const w = await world();
    const wrong = await record(w);
    const result = await reverse(w, wrong.id, { correctedFee: "Rp 5.000.000" });
    const corrected = await prisma.serviceDelivery.findUniqueOrThrow({ where: { id: result.correctedId! }, include: { smes: true } });
    // What was not corrected is the original's: date, service, centre, participants, later financing, notes, SMEs.
    expect(corrected).toMatchObject({
      feeAmount: 5n * M,
      laterFinancing: 150n * M,
      participantCount: 12,
      deliveredOn: new Date(day),
      notes: "Pelatihan pewarnaan alami",
      reversesId: null,
    });
    expect(corrected.smes.map((s) => s.smeId)).toEqual([w.sme.id]);
    expect((await getProviderPage(w.staff, w.provider.id))!.incomeTotal).toEqual({
      deliveries: 1,
      participants: 12,
      direct: 5n * M,
      indirect: 150n * M,
    });
    expect(await prisma.auditLog.count({ where: { action: "serviceDelivery.create", entityId: corrected.id } })).toBe(1);

    // Fewer participants than the SMEs it names: refused, and the reversal is not kept either.
    await expect(reverse(w, corrected.id, { correctedParticipants: "0" })).rejects.toMatchObject({ rule: "PARTICIPANTS_BELOW_SMES" });
    expect(await prisma.serviceDelivery.count({ where: { reversesId: corrected.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "serviceDelivery.reverse", entityId: corrected.id } })).toBe(0);
  });

  it("reopens the plan the delivery had settled; the corrected delivery settles it again", async () => {
    const w = await world();
    const plan = await createPlannedAction({ actor: w.staff, input: { clusterId: w.mine.id, kind: "SERVICE", service: "TRAINING" } });
    const today = isoDate(todayInJakarta());
    const delivery = await record(w, { deliveredOn: today });
    expect(await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "DONE",
      matchedDeliveryId: delivery.id,
    });
    await reverse(w, delivery.id, { reversedOn: today });
    expect(await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "PLANNED",
      matchedDeliveryId: null,
    });
    const second = await record(w, { deliveredOn: today });
    const { correctedId } = await reverse(w, second.id, { reversedOn: today, correctedFee: "1" });
    expect(await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "DONE",
      matchedDeliveryId: correctedId,
    });
  });
});

describe("refusals", () => {
  it("a reversal of a reversal, a second reversal, and a delivery of another provider", async () => {
    const w = await world();
    const delivery = await record(w);
    const { reversalId } = await reverse(w, delivery.id);
    await expect(reverse(w, reversalId)).rejects.toMatchObject({ rule: "REVERSAL_OF_REVERSAL" });
    await expect(reverse(w, delivery.id)).rejects.toMatchObject({ rule: "ALREADY_REVERSED" });

    // Staff sending another provider's delivery from this provider's page.
    const foreign = await record(w, {}, w.other.id);
    await expect(reverse(w, foreign.id)).rejects.toMatchObject({ rule: "NOT_SAME_PROVIDER" });
    // A consultant of the other provider: not for this provider, and this provider's delivery is not theirs to see.
    await expect(reverse(w, foreign.id, {}, w.strangerConsultant)).rejects.toMatchObject({ rule: "NOT_OWN_PROVIDER" });
    const mineAgain = await record(w);
    await expect(
      reverseDelivery({
        actor: w.strangerConsultant,
        input: { deliveryId: mineAgain.id, providerId: w.other.id, reason: "x", reversedOn: day },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.serviceDelivery.count({ where: { reversesId: { in: [foreign.id, mineAgain.id] } } })).toBe(0);
  });

  it("needs a reason and a date", async () => {
    const w = await world();
    const delivery = await record(w);
    await expect(reverse(w, delivery.id, { reason: "   " })).rejects.toThrow();
    await expect(reverse(w, delivery.id, { reversedOn: "2026-02-30" })).rejects.toThrow();
    expect(await prisma.serviceDelivery.count({ where: { reversesId: delivery.id } })).toBe(0);
  });

  it("three reversals of the same delivery racing in concurrent transactions: exactly one goes through", async () => {
    const w = await world();
    for (let round = 0; round < 5; round++) {
      const delivery = await record(w);
      const results = await Promise.allSettled([reverse(w, delivery.id), reverse(w, delivery.id), reverse(w, delivery.id)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ rule: "ALREADY_REVERSED" });
      expect(await prisma.serviceDelivery.count({ where: { reversesId: delivery.id } })).toBe(1);
      expect(await prisma.auditLog.count({ where: { action: "serviceDelivery.reverse", entityId: delivery.id } })).toBe(1);
    }
    expect((await getProviderPage(w.staff, w.provider.id))!.incomeTotal).toEqual({
      deliveries: 0,
      participants: 0,
      direct: 0n,
      indirect: 0n,
    });
  });
});

describe("who may reverse", () => {
  it("those who may record deliveries: staff, admins, and a consultant for their own provider and assigned centres; managers are refused", async () => {
    const w = await world();
    const delivery = await record(w);
    await expect(reverse(w, delivery.id, {}, await actorWithRole("MANAGER"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.serviceDelivery.count({ where: { reversesId: delivery.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "serviceDelivery.reverse" } })).toBe(0);

    // A consultant of the provider, but not assigned to the centre: not found.
    const elsewhere = await record(w, { clusterId: w.notMine.id, smeIds: [] });
    await expect(reverse(w, elsewhere.id, {}, w.consultant)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await reverse(w, delivery.id, {}, w.consultant);
    expect(await prisma.auditLog.count({ where: { action: "serviceDelivery.reverse", actorId: w.consultant.id } })).toBe(1);
    const admin = await actorWithRole("ADMIN");
    await reverse(w, elsewhere.id, {}, admin);
    expect(await prisma.auditLog.count({ where: { action: "serviceDelivery.reverse", actorId: admin.id } })).toBe(1);
  });
});
