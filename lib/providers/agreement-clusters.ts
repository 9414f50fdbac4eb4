import "server-only";
import { type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assertClusters(tx: Tx, clusterIds: string[]) {
  const found = await tx.cluster.count({ where: { id: { in: clusterIds }, status: "ACTIVE" } });
  if (found !== new Set(clusterIds).size)
    throw new AppError("INVALID_INPUT", "unknown cluster", { field: "clusterIds", fieldMessage: "unknownCluster" });
}
