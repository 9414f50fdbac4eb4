import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { createClusterSchema } from "@/lib/clusters/schema";
import { assertClusterRefs } from "@/lib/clusters/validate-refs";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clusterSearchText } from "@/lib/search/normalize";

export async function createCluster({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "clusters:write")) throw new AppError("FORBIDDEN");
  const data = createClusterSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await assertClusterRefs(tx, data);
    const cluster = await tx.cluster.create({ data: { ...data, searchText: clusterSearchText(data) } });
    await recordAudit(tx, { actorId: actor.id, action: "cluster.create", entityType: "Cluster", entityId: cluster.id, after: cluster });
    return cluster;
  });
}
