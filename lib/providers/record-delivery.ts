import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordDeliverySchema } from "@/lib/providers/schema";
import { matchPlannedActions } from "@/lib/support/match-planned";
import { SupportRuleError } from "@/lib/support/rule-error";

/**
 * Logs one of the ten services delivered by a provider to a cluster (and
 * optionally named SMEs of it). Staff and admins record for any provider; a
 * consultant only for their own provider and the centres assigned to them.
 * Open planned actions of the cluster are matched in the same transaction.
 */
export async function recordDelivery({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "services:record")) throw new AppError("FORBIDDEN");
  const { smeIds, ...data } = recordDeliverySchema.parse(input);
  if (actor.role === "CONSULTANT" && data.providerId !== actor.bdsProviderId) throw new SupportRuleError("NOT_OWN_PROVIDER", "providerId");
  return prisma.$transaction(async (tx) => {
    const provider = await tx.bdsProvider.findUnique({ where: { id: data.providerId }, select: { id: true, services: true, name: true } });
    if (!provider) throw new AppError("NOT_FOUND");
    if (!provider.services.includes(data.service)) throw new SupportRuleError("SERVICE_NOT_OFFERED", "service");
    const cluster = await tx.cluster.findFirst({
      where: { AND: [{ id: data.clusterId, status: "ACTIVE" }, clusterAccessWhere(actor)] },
      select: { id: true, name: true },
    });
    if (!cluster) throw new AppError("INVALID_INPUT", "unknown cluster", { field: "clusterId", fieldMessage: "unknownCluster" });
    const unique = [...new Set(smeIds)];
    if (unique.length) {
      const inCluster = await tx.sme.count({ where: { id: { in: unique }, clusterId: cluster.id } });
      if (inCluster !== unique.length) throw new SupportRuleError("SME_NOT_IN_CLUSTER", "smeIds");
    }
    if (data.participantCount < unique.length) throw new SupportRuleError("PARTICIPANTS_BELOW_SMES", "participantCount");
    const delivery = await tx.serviceDelivery.create({
      data: { ...data, recordedById: actor.id, smes: { create: unique.map((smeId) => ({ smeId })) } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "serviceDelivery.create",
      entityType: "ServiceDelivery",
      entityId: delivery.id,
      after: { ...delivery, smeIds: unique },
    });
    await matchPlannedActions(tx, cluster.id, actor.id);
    return { ...delivery, clusterName: cluster.name };
  });
}
