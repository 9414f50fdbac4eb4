import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { archiveClusterSchema } from "@/lib/clusters/schema";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Clusters are archived, never deleted: diagnoses, SMEs and decisions point at them. */
export async function archiveCluster({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "clusters:write")) throw new AppError("FORBIDDEN");
  const { id, version } = archiveClusterSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.cluster.findFirst({
      where: { AND: [{ id }, clusterAccessWhere(actor)] },
      select: { id: true, name: true, status: true, version: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.cluster.updateMany({
      where: { id, version, status: "ACTIVE" },
      data: { status: "ARCHIVED", archivedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cluster.archive",
      entityType: "Cluster",
      entityId: id,
      before,
      after: { status: "ARCHIVED" },
    });
    return before;
  });
}
