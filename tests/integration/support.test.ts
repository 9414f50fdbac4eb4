import { describe, expect, it } from "vitest";
import { createAllocation } from "@/lib/financing/create-allocation";
import { createDisbursement } from "@/lib/financing/create-disbursement";
import { recordDelivery } from "@/lib/providers/record-delivery";
import { cancelPlannedAction } from "@/lib/support/cancel-planned-action";
import { createPlannedAction } from "@/lib/support/create-planned-action";
import { getClusterSupport } from "@/lib/support/queries";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const today = isoDate(todayInJakarta());

async function world() {
  const staff = await actorWithRole("STAFF");
  const provider = await prisma.bdsProvider.create({
    data: { name: "LPB Rencana", provinceCode: "33", services: ["TRAINING", "TECHNOLOGY"] },
  });
  const cluster = await makeCluster(prisma, { name: "Sentra Rencana" });
  const sme = await makeSme(prisma, { clusterId: cluster.id, businessName: "UD Rencana" });
  return { staff, provider, cluster, sme };
}

describe("planned actions", () => {
  it("a service plan is done when the same service reaches the cluster on or after the planning day", async () => {
    const { staff, provider, cluster } = await world();
    // Delivered before planning: does not count.
    await recordDelivery({
      actor: staff,
      input: { providerId: provider.id, clusterId: cluster.id, service: "TRAINING", deliveredOn: "2020-01-01", participantCount: "5" },
    });
    const plan = await createPlannedAction({
      actor: staff,
      input: { clusterId: cluster.id, kind: "SERVICE", service: "TRAINING", providerId: provider.id },
    });
    expect(plan.status).toBe("PLANNED");
    // Idempotent: the same open plan is returned.
    expect(
      (
        await createPlannedAction({
          actor: staff,
          input: { clusterId: cluster.id, kind: "SERVICE", service: "TRAINING", providerId: provider.id },
        })
      ).id,
    ).toBe(plan.id);
    // Another service does not match.
    await recordDelivery({
      actor: staff,
      input: { providerId: provider.id, clusterId: cluster.id, service: "TECHNOLOGY", deliveredOn: today, participantCount: "5" },
    });
    expect((await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("PLANNED");
    const done = await recordDelivery({
      actor: staff,
      input: { providerId: provider.id, clusterId: cluster.id, service: "TRAINING", deliveredOn: today, participantCount: "7" },
    });
    expect(await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "DONE",
      matchedDeliveryId: done.id,
      version: 2,
    });
    const support = (await getClusterSupport(staff, cluster.id))!;
    expect(support.progress).toEqual({ planned: 0, done: 1 });
    expect(support.servicesReceived.find((s) => s.service === "TRAINING")).toMatchObject({ deliveries: 2, participants: 12 });
  });

  it("a financing plan is done when an SME of the cluster receives a disbursement through that channel", async () => {
    const { staff, cluster, sme } = await world();
    const plan = await createPlannedAction({ actor: staff, input: { clusterId: cluster.id, kind: "FINANCING", channel: "KSP_USP" } });
    const programme = await prisma.mapProgramme.create({ data: { name: "P", year: 2026, budget: 1_000_000_000n } });
    const channels = await Promise.all(
      (["LKM", "KSP_USP"] as const).map((channel) =>
        prisma.mapChannel.create({ data: { programmeId: programme.id, channel, ceiling: 500_000_000n } }),
      ),
    );
    const lkm = await prisma.financialInstitution.create({ data: { type: "LKM", name: "LKM", provinceCode: "33" } });
    const ksp = await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP", provinceCode: "33" } });
    await createAllocation({
      actor: staff,
      input: { channelId: channels[0]!.id, institutionId: lkm.id, amount: "50000000", allocatedOn: today },
    });
    await createAllocation({
      actor: staff,
      input: { channelId: channels[1]!.id, institutionId: ksp.id, amount: "200000000", allocatedOn: today },
    });
    const disb = { smeId: sme.id, amount: "10000000", disbursedOn: today, purpose: "Modal", termMonths: "12" };
    await createDisbursement({ actor: staff, input: { ...disb, institutionId: lkm.id } });
    expect((await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("PLANNED");
    const kspLoan = await createDisbursement({ actor: staff, input: { ...disb, institutionId: ksp.id } });
    expect(await prisma.plannedAction.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "DONE",
      matchedDisbursementId: kspLoan.id,
    });
    const support = (await getClusterSupport(staff, cluster.id))!;
    expect(support.financing).toMatchObject({ smes: 1, loans: 2, disbursed: 20_000_000n, outstanding: 20_000_000n, overdue: 0n });
  });

  it("a consultant plans only for assigned centres and their own provider; plans can be cancelled once", async () => {
    const { provider, cluster } = await world();
    const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: provider.id });
    const input = { clusterId: cluster.id, kind: "SERVICE", service: "TRAINING" };
    await expect(createPlannedAction({ actor: consultant, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await assign(prisma, consultant.id, cluster.id);
    const other = await prisma.bdsProvider.create({ data: { name: "LPB Lain", provinceCode: "33", services: ["TRAINING"] } });
    await expect(createPlannedAction({ actor: consultant, input: { ...input, providerId: other.id } })).rejects.toMatchObject({
      rule: "NOT_OWN_PROVIDER",
    });
    await expect(
      createPlannedAction({ actor: consultant, input: { ...input, service: "MARKET_ACCESS", providerId: provider.id } }),
    ).rejects.toMatchObject({ rule: "SERVICE_NOT_OFFERED" });
    await expect(createPlannedAction({ actor: consultant, input: { clusterId: cluster.id, kind: "FINANCING" } })).rejects.toThrow();
    await expect(createPlannedAction({ actor: await actorWithRole("MANAGER"), input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const plan = await createPlannedAction({ actor: consultant, input: { ...input, providerId: provider.id } });
    const cancelled = await cancelPlannedAction({ actor: consultant, input: { id: plan.id, version: String(plan.version) } });
    expect(cancelled.status).toBe("CANCELLED");
    await expect(
      cancelPlannedAction({ actor: consultant, input: { id: plan.id, version: String(cancelled.version) } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.auditLog.count({ where: { entityId: plan.id } })).toBe(2);
  });

  it("recommendations come from the latest approved diagnosis, minus what is already planned", async () => {
    const { staff, cluster } = await world();
    expect((await getClusterSupport(staff, cluster.id))!.recommended).toBeNull();
    const assessor = await actorWithRole("STAFF");
    const diagnosis = await prisma.diagnosis.create({
      data: {
        clusterId: cluster.id,
        instrumentCode: "test",
        instrumentVersion: "1",
        assessorId: assessor.id,
        status: "APPROVED",
        approvedAt: new Date(),
        result: {
          recommendation: {
            status: "DIAGNOSED",
            stage: "SURVIVAL",
            services: [{ code: "TRAINING" }, { code: "MENTORING" }],
            channels: [{ code: "LKM" }],
          },
        },
      },
    });
    await createPlannedAction({
      actor: staff,
      input: { clusterId: cluster.id, diagnosisId: diagnosis.id, kind: "SERVICE", service: "TRAINING" },
    });
    const support = (await getClusterSupport(staff, cluster.id))!;
    expect(support.recommended).toMatchObject({ diagnosisId: diagnosis.id, services: ["MENTORING"], channels: ["LKM"] });
    const draft = await prisma.diagnosis.create({
      data: { clusterId: cluster.id, instrumentCode: "test", instrumentVersion: "1", assessorId: assessor.id },
    });
    await expect(
      createPlannedAction({ actor: staff, input: { clusterId: cluster.id, diagnosisId: draft.id, kind: "FINANCING", channel: "LKM" } }),
    ).rejects.toMatchObject({
      rule: "PLAN_TARGET",
    });
    // A consultant not assigned to the cluster gets nothing.
    expect(await getClusterSupport(await actorWithRole("CONSULTANT"), cluster.id)).toBeNull();
  });
});
