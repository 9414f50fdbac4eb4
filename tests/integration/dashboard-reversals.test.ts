import { describe, expect, it } from "vitest";
import { dashboardParams } from "@/lib/dashboard/filters";
import { getSupportEffect } from "@/lib/dashboard/movement";
import type { SourceOptions } from "@/lib/dashboard/sql";
import { getMoney, getServices } from "@/lib/dashboard/support";
import { getPool } from "@/lib/db";
import { createAllocation } from "@/lib/financing/create-allocation";
import { createDisbursement } from "@/lib/financing/create-disbursement";
import { createRepayment } from "@/lib/financing/create-repayment";
import { reverseEntry } from "@/lib/financing/reverse-entry";
import { recordDelivery } from "@/lib/providers/record-delivery";
import { reverseDelivery } from "@/lib/providers/reverse-delivery";
import { getClusterSupport } from "@/lib/support/queries";
import { makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const M = 1_000_000n;
const P = dashboardParams.parse({});

/**
 * Centre C (diagnosed twice: SURVIVAL in December 2025, ADVANCE in June 2026) gets, in
 * between, a training and a Rp 20 million loan (Rp 5 million repaid), both later
 * reversed; centre D gets a mentoring and a Rp 10 million loan that stand. One LKM in
 * province 33, Rp 50 million allocated.
 */
async function fixture() {
  const staff = await actorWithRole("STAFF");
  const manager = await actorWithRole("MANAGER");
  const provider = await prisma.bdsProvider.create({
    data: { name: "LPB Dasbor", provinceCode: "33", services: ["TRAINING", "MENTORING"] },
  });
  const C = await makeCluster(prisma, { name: "Sentra C", provinceCode: "33" });
  const D = await makeCluster(prisma, { name: "Sentra D", provinceCode: "33" });
  const smeC = await makeSme(prisma, { clusterId: C.id });
  const smeD = await makeSme(prisma, { clusterId: D.id });
  for (const [day, stage] of [
    ["2025-12-01", "SURVIVAL"],
    ["2026-06-01", "ADVANCE"],
  ] as const) {
    const diagnosis = await prisma.diagnosis.create({
      data: {
        clusterId: C.id,
        instrumentCode: "SENTRA-DIAG",
        instrumentVersion: "2026.1",
        status: "APPROVED",
        assessorId: staff.id,
        approvedAt: new Date(`${day}T05:00:00Z`),
        resultStage: stage,
      },
    });
    await prisma.stageHistory.create({
      data: { clusterId: C.id, diagnosisId: diagnosis.id, stage, provinceCode: "33", decidedAt: new Date(`${day}T05:00:00Z`) },
    });
  }
  const programme = await prisma.mapProgramme.create({ data: { name: "MAP Dasbor", year: 2026, budget: 100n * M } });
  const channel = await prisma.mapChannel.create({ data: { programmeId: programme.id, channel: "LKM", ceiling: 100n * M } });
  const institution = await prisma.financialInstitution.create({ data: { type: "LKM", name: "LKM Dasbor", provinceCode: "33" } });
  await createAllocation({
    actor: staff,
    input: { channelId: channel.id, institutionId: institution.id, amount: "50000000", allocatedOn: "2026-01-05" },
  });
  const disburse = (smeId: string, amount: string, disbursedOn: string) =>
    createDisbursement({
      actor: staff,
      input: { institutionId: institution.id, smeId, amount, disbursedOn, purpose: "Modal kerja", termMonths: 6 },
    });
  const loan = await disburse(smeC.id, "20000000", "2026-01-15");
  await disburse(smeD.id, "10000000", "2026-01-20");
  const repayment = await createRepayment({ actor: staff, input: { disbursementId: loan.id, amount: "5000000", paidOn: "2026-02-01" } });
  const deliver = (clusterId: string, service: string, participantCount: string) =>
    recordDelivery({
      actor: staff,
      input: { providerId: provider.id, clusterId, service, deliveredOn: "2026-02-01", participantCount, feeAmount: "2500000", smeIds: [] },
    });
  const delivery = await deliver(C.id, "TRAINING", "12");
  await deliver(D.id, "MENTORING", "5");
  return { staff, manager, provider, C, institution, loan, repayment, delivery };
}

async function reverseAll(f: Awaited<ReturnType<typeof fixture>>) {
  const entry = (kind: string, entryId: string) =>
    reverseEntry({
      actor: f.staff,
      input: { kind, entryId, institutionId: f.institution.id, reason: "Salah catat", reversedOn: "2026-02-10" },
    });
  // The loan's repayment first (a loan with repayments standing cannot be reversed), then the loan.
  await entry("REPAYMENT", f.repayment.id);
  await entry("DISBURSEMENT", f.loan.id);
  await reverseDelivery({
    actor: f.staff,
    input: { deliveryId: f.delivery.id, providerId: f.provider.id, reason: "Salah sentra", reversedOn: "2026-02-10" },
  });
}

const refresh = () => getPool().query(`SELECT dashboard_refresh('test')`);

describe("the dashboard counts reversals: a reversed entry and its reversal net to zero", () => {
  for (const summary of [false, true]) {
    const src: SourceOptions = { summary };
    it(`money, disbursement counts and support effect (${summary ? "summary views" : "base tables"})`, async () => {
      const f = await fixture();
      if (summary) await refresh();
      const before = await getMoney(f.manager, P, src);
      expect(before.totals).toEqual({ allocated: 50n * M, disbursed: 30n * M, outstanding: 25n * M, disbursements: 2 });
      expect(await getSupportEffect(f.manager, P, src)).toEqual([
        expect.objectContaining({ group: "SUPPORTED", up: 1, total: 1 }),
        expect.objectContaining({ group: "UNSUPPORTED", total: 0 }),
      ]);

      await reverseAll(f);
      if (summary) await refresh();
      const after = await getMoney(f.manager, P, src);
      // The reversed loan and its reversal leave only the Rp 10 million loan that stands.
      expect(after.totals).toEqual({ allocated: 50n * M, disbursed: 10n * M, outstanding: 10n * M, disbursements: 1 });
      expect(after.byChannel.find((r) => r.key === "LKM")).toMatchObject({ disbursed: 10n * M, outstanding: 10n * M, disbursements: 1 });
      expect(after.byProvince.map((r) => [r.key, r.disbursed, r.outstanding, r.disbursements])).toEqual([["33", 10n * M, 10n * M, 1]]);
      expect((await getMoney(f.manager, dashboardParams.parse({ year: 2026 }), src)).totals).toEqual(after.totals);
      // Centre C's only support was reversed: its move up no longer counts as supported.
      expect(await getSupportEffect(f.manager, P, src)).toEqual([
        expect.objectContaining({ group: "SUPPORTED", total: 0 }),
        expect.objectContaining({ group: "UNSUPPORTED", up: 1, total: 1 }),
      ]);
    });
  }

  it("services delivered, and the cluster page's services and financing", async () => {
    const f = await fixture();
    const pick = (rows: Awaited<ReturnType<typeof getServices>>) =>
      rows.filter((r) => r.deliveries !== 0).map((r) => [r.service, r.deliveries, r.clusters, r.participants]);
    expect(pick(await getServices(f.manager, P))).toEqual([
      ["TRAINING", 1, 1, 12],
      ["MENTORING", 1, 1, 5],
    ]);
    const clusterBefore = (await getClusterSupport(f.staff, f.C.id))!;
    expect(clusterBefore.financing).toMatchObject({ loans: 1, smes: 1, disbursed: 20n * M, repaid: 5n * M, outstanding: 15n * M });
    expect(clusterBefore.servicesReceived).toHaveLength(1);

    await reverseAll(f);
    expect(pick(await getServices(f.manager, P))).toEqual([["MENTORING", 1, 1, 5]]);
    const clusterAfter = (await getClusterSupport(f.staff, f.C.id))!;
    expect(clusterAfter.financing).toMatchObject({ loans: 0, smes: 0, disbursed: 0n, repaid: 0n, outstanding: 0n, overdue: 0n });
    expect(clusterAfter.servicesReceived).toEqual([]);
  });
});
