import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { matchPlannedActions } from "@/lib/support/match-planned";
import { SupportRuleError } from "@/lib/support/rule-error";
import { planActionSchema } from "@/lib/support/schema";

/**
 * Turns recommended assistance into a planned action for a cluster. Idempotent:
 * an open plan for the same cluster, kind and service/channel (and provider) is
 * returned as it is. A consultant plans only for assigned centres and names no
 * provider but their own. Deliveries and disbursements already recorded on or
 * after today match at once.
 */
export async function createPlannedAction({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "support:plan")) throw new AppError("FORBIDDEN");
  const data = planActionSchema.parse(input);
  if (actor.role === "CONSULTANT" && data.providerId && data.providerId !== actor.bdsProviderId)
    throw new SupportRuleError("NOT_OWN_PROVIDER", "providerId");
  return prisma.$transaction(async (tx) => {
    const cluster = await tx.cluster.findFirst({
      where: { AND: [{ id: data.clusterId, status: "ACTIVE" }, clusterAccessWhere(actor)] },
      select: { id: true },
    });
    if (!cluster) throw new AppError("NOT_FOUND");
    if (data.diagnosisId) {
      const diagnosis = await tx.diagnosis.findFirst({
        where: { id: data.diagnosisId, clusterId: cluster.id, status: "APPROVED" },
        select: { id: true },
      });
      if (!diagnosis) throw new SupportRuleError("PLAN_TARGET", "diagnosisId");
    }
    if (data.providerId) {
      const provider = await tx.bdsProvider.findUnique({ where: { id: data.providerId }, select: { services: true } });
      if (!provider) throw new AppError("INVALID_INPUT", "unknown provider", { field: "providerId", fieldMessage: "unknownProvider" });
      if (data.service && !provider.services.includes(data.service)) throw new SupportRuleError("SERVICE_NOT_OFFERED", "providerId");
    }
    const existing = await tx.plannedAction.findFirst({
      where: {
        clusterId: cluster.id,
        status: "PLANNED",
        kind: data.kind,
        service: data.service,
        channel: data.channel,
        providerId: data.providerId,
      },
    });
    if (existing) return existing;
    const action = await tx.plannedAction.create({
      data: {
        clusterId: cluster.id,
        diagnosisId: data.diagnosisId,
        kind: data.kind,
        service: data.service,
        channel: data.channel,
        providerId: data.providerId,
        note: data.note ?? null,
        createdById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "plannedAction.create",
      entityType: "PlannedAction",
      entityId: action.id,
      after: action,
    });
    await matchPlannedActions(tx, cluster.id, actor.id);
    return tx.plannedAction.findUniqueOrThrow({ where: { id: action.id } });
  });
}
