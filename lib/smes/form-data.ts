import "server-only";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { toFormValues } from "@/lib/forms/values";
import type { SmeFormValues } from "@/lib/smes/schema";

/** The SME as form strings (BigInt cannot cross to the client), or null if not writable. */
export async function getSmeFormValues(smeId: string): Promise<SmeFormValues | null> {
  const user = await requireUser("smes:write");
  const s = await prisma.sme.findFirst({ where: { AND: [{ id: smeId, status: "ACTIVE" }, { cluster: clusterAccessWhere(user) }] } });
  if (!s) return null;
  const { searchText: _s, createdAt: _c, updatedAt: _u, archivedAt: _a, status: _st, ...rest } = s;
  return toFormValues(rest);
}

export async function getWritableClusterName(clusterId: string): Promise<string | null> {
  const user = await requireUser("smes:write");
  const c = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId, status: "ACTIVE" }, clusterAccessWhere(user)] },
    select: { name: true },
  });
  return c?.name ?? null;
}
