import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { updateClusterSchema } from "@/lib/clusters/schema";
import { assertClusterRefs } from "@/lib/clusters/validate-refs";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clusterSearchText } from "@/lib/search/normalize";

/** Saves the form; a record someone else saved in the meantime is a CONFLICT. */
export async function updateCluster({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "clusters:write")) throw new AppError("FORBIDDEN");
  const { id, version, ...data } = updateClusterSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.cluster.findFirst({ where: { AND: [{ id }, clusterAccessWhere(actor)] } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.status === "ARCHIVED") throw new AppError("CONFLICT", "archived");
    await assertClusterRefs(tx, data);
    const { count } = await tx.cluster.updateMany({
      where: { id, version },
      data: { ...data, searchText: clusterSearchText(data), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.cluster.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "cluster.update", entityType: "Cluster", entityId: id, before, after });
    return after;
  });
}
