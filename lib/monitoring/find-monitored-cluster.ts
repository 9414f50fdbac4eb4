import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The active sentra a monitoring write is about, under the row-level rule: another
 * consultant's sentra is NOT_FOUND. `designated`: agenda lines exist only for
 * designated sentra (the year-two agenda is theirs).
 */
export async function findMonitoredCluster(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  clusterId: string,
  { designated }: { designated: boolean },
) {
  const cluster = await tx.cluster.findFirst({
    where: { AND: [{ id: clusterId, status: "ACTIVE" }, clusterAccessWhere(actor)] },
    select: { id: true, isDesignated: true, provinceCode: true },
  });
  if (!cluster) throw new AppError("NOT_FOUND");
  if (designated && !cluster.isDesignated) throw new AppError("CONFLICT", "not designated", { reason: "notDesignated" });
  return cluster;
}
