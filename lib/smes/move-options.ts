import "server-only";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";

/** Active clusters an SME may be moved to (capped: the picker is a select, not a search). */
export async function listAssignableClusters() {
  const user = await requireUser("smes:write");
  return prisma.cluster.findMany({
    where: { AND: [{ status: "ACTIVE" }, clusterAccessWhere(user)] },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, province: { select: { name: true } } },
  });
}
