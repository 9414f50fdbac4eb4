import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveOutcomeSchema } from "@/lib/monitoring/schema";

/**
 * Records a sentra's figures for one year. A new year is created; an existing year
 * is updated only with the version the form was opened with (another save in the
 * meantime, or a form that did not know the year existed, is a CONFLICT).
 */
export async function saveOutcome({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "monitoring:write")) throw new AppError("FORBIDDEN");
  const { clusterId, version, ...data } = saveOutcomeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: false });
    const before = await tx.clusterOutcome.findUnique({ where: { clusterId_year: { clusterId: cluster.id, year: data.year } } });
    if (!before) {
      if (version !== null) throw new AppError("CONFLICT");
      const created = await tx.clusterOutcome.create({ data: { ...data, clusterId: cluster.id, recordedById: actor.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "outcome.create",
        entityType: "ClusterOutcome",
        entityId: created.id,
        after: created,
      });
      return created;
    }
    if (version === null) throw new AppError("CONFLICT", "year exists", { reason: "yearExists" });
    const { count } = await tx.clusterOutcome.updateMany({
      where: { id: before.id, version },
      data: { ...data, recordedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.clusterOutcome.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actorId: actor.id, action: "outcome.update", entityType: "ClusterOutcome", entityId: after.id, before, after });
    return after;
  });
}
