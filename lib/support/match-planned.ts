import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import { clusterSmeIds } from "@/lib/support/cluster-smes";
import { todayInJakarta } from "@/lib/support/fields";
import { LIVE_ENTRY } from "@/lib/support/reversals";

/**
 * Matches a cluster's open planned actions with what was delivered: a service
 * plan with a delivery of the same service to the cluster (by the planned provider,
 * when one is named), a financing plan with a disbursement to an SME of the cluster
 * through an institution of the planned channel; in both cases dated on or after
 * the day the action was planned. Oldest plan first, earliest delivery first; a
 * delivery or disbursement settles one plan only. Idempotent: call it in the
 * transaction of every write that could make a match.
 */
export async function matchPlannedActions(tx: Tx, clusterId: string, actorId: string | null): Promise<number> {
  const open = await tx.plannedAction.findMany({
    where: { clusterId, status: "PLANNED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, service: true, channel: true, providerId: true, createdAt: true, version: true },
  });
  if (open.length === 0) return 0;
  const taken = await tx.plannedAction.findMany({
    where: { clusterId, OR: [{ matchedDeliveryId: { not: null } }, { matchedDisbursementId: { not: null } }] },
    select: { matchedDeliveryId: true, matchedDisbursementId: true },
  });
  const usedDeliveries = taken.flatMap((t) => (t.matchedDeliveryId ? [t.matchedDeliveryId] : []));
  const usedDisbursements = taken.flatMap((t) => (t.matchedDisbursementId ? [t.matchedDisbursementId] : []));
  let smeIds: string[] | undefined;
  let matched = 0;
  for (const action of open) {
    const since = todayInJakarta(action.createdAt);
    if (action.kind === "SERVICE" && action.service) {
      const delivery = await tx.serviceDelivery.findFirst({
        where: {
          clusterId,
          service: action.service,
          deliveredOn: { gte: since },
          ...(action.providerId ? { providerId: action.providerId } : {}),
          id: { notIn: usedDeliveries },
          // Reversals and reversed entries are cancelled: they settle nothing.
          ...LIVE_ENTRY,
        },
        orderBy: [{ deliveredOn: "asc" }, { createdAt: "asc" }],
        select: { id: true },
      });
      if (!delivery) continue;
      usedDeliveries.push(delivery.id);
      await settle(tx, action, { matchedDeliveryId: delivery.id }, actorId);
      matched++;
    } else if (action.kind === "FINANCING" && action.channel) {
      smeIds ??= await clusterSmeIds(tx, clusterId);
      const disbursement = await tx.disbursement.findFirst({
        where: {
          smeId: { in: smeIds },
          institution: { type: action.channel },
          disbursedOn: { gte: since },
          id: { notIn: usedDisbursements },
          ...LIVE_ENTRY,
        },
        orderBy: [{ disbursedOn: "asc" }, { createdAt: "asc" }],
        select: { id: true },
      });
      if (!disbursement) continue;
      usedDisbursements.push(disbursement.id);
      await settle(tx, action, { matchedDisbursementId: disbursement.id }, actorId);
      matched++;
    }
  }
  return matched;
}

async function settle(
  tx: Tx,
  action: { id: string; version: number },
  match: { matchedDeliveryId: string } | { matchedDisbursementId: string },
  actorId: string | null,
) {
  await tx.plannedAction.update({ where: { id: action.id }, data: { ...match, status: "DONE", version: { increment: 1 } } });
  await recordAudit(tx, {
    actorId,
    action: "plannedAction.match",
    entityType: "PlannedAction",
    entityId: action.id,
    before: { status: "PLANNED" },
    after: { status: "DONE", ...match },
  });
}

/**
 * A reversed delivery or disbursement no longer settles a plan: the plans it settled
 * are open again (audited), then matched anew within the same transaction.
 */
export async function reopenPlansMatchedTo(
  tx: Tx,
  match: { matchedDeliveryId: string } | { matchedDisbursementId: string },
  actorId: string | null,
): Promise<void> {
  const plans = await tx.plannedAction.findMany({ where: match, select: { id: true, clusterId: true } });
  for (const plan of plans) {
    await tx.plannedAction.update({
      where: { id: plan.id },
      data: { status: "PLANNED", matchedDeliveryId: null, matchedDisbursementId: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId,
      action: "plannedAction.reopen",
      entityType: "PlannedAction",
      entityId: plan.id,
      before: { status: "DONE", ...match },
      after: { status: "PLANNED" },
    });
  }
  for (const clusterId of new Set(plans.map((p) => p.clusterId))) await matchPlannedActions(tx, clusterId, actorId);
}
