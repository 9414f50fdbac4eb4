import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveSavingsServiceSchema } from "@/lib/monitoring/schema";

/**
 * Agenda line "USP/KSP service in the sentra" of a designated sentra. The linked
 * institution must be a KSP/USP registered under MAP financing in the sentra's
 * province. Created on the first save, then edited under its version.
 */
export async function saveSavingsService({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "monitoring:write")) throw new AppError("FORBIDDEN");
  const { clusterId, version, ...data } = saveSavingsServiceSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: true });
    if (data.institutionId) {
      const institution = await tx.financialInstitution.findFirst({
        where: { id: data.institutionId, type: "KSP_USP", provinceCode: cluster.provinceCode },
        select: { id: true },
      });
      if (!institution)
        throw new AppError("INVALID_INPUT", "unknown institution", { field: "institutionId", fieldMessage: "unknownInstitution" });
    }
    const values = { ...data, statusDate: data.statusDate ?? null, recordedById: actor.id };
    const before = await tx.clusterSavingsService.findUnique({ where: { clusterId: cluster.id } });
    if (!before) {
      if (version !== null) throw new AppError("CONFLICT");
      const created = await tx.clusterSavingsService.create({ data: { ...values, clusterId: cluster.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "savingsService.create",
        entityType: "ClusterSavingsService",
        entityId: created.id,
        after: created,
      });
      return created;
    }
    const { count } = await tx.clusterSavingsService.updateMany({
      where: { id: before.id, version: version ?? -1 },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.clusterSavingsService.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "savingsService.update",
      entityType: "ClusterSavingsService",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}
