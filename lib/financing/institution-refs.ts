import "server-only";
import { type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assertRefs(tx: Tx, data: { provinceCode: string; clusterId: string | null }) {
  if (!(await tx.province.findUnique({ where: { code: data.provinceCode }, select: { code: true } }))) {
    throw new AppError("INVALID_INPUT", "unknown province", { field: "provinceCode", fieldMessage: "unknownArea" });
  }
  if (data.clusterId && !(await tx.cluster.findFirst({ where: { id: data.clusterId, status: "ACTIVE" }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", "unknown cluster", { field: "clusterId", fieldMessage: "unknownCluster" });
  }
}
