import "server-only";
import type { Tx } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The ids of a cluster's SMEs, every status (money reached archived ones too), for
 * filtering disbursements with `smeId: { in }`. Filtering through the relation
 * (`sme: { clusterId }`) lets PostgreSQL pick a merge join that walks the whole SME
 * table in id order when there are few disbursements, because it prices stopping
 * early as cheap: 70–90 ms on the national set with 17 disbursements, against about
 * 1 ms for these two index lookups.
 */
export async function clusterSmeIds(db: Tx | PrismaClient, clusterId: string): Promise<string[]> {
  const rows = await db.sme.findMany({ where: { clusterId }, select: { id: true } });
  return rows.map((r) => r.id);
}
