import { byRowScope } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE row-level rule for clusters (sentra): every read and write of a cluster, or of
 * anything that hangs off one, spreads this fragment into its `where`. A consultant
 * sees only the clusters assigned to them, so another cluster's id is simply not
 * found. Unknown roles see nothing (fail closed).
 */
export function clusterAccessWhere(user: Pick<SessionUser, "id" | "role">): Prisma.ClusterWhereInput {
  return byRowScope<Prisma.ClusterWhereInput>(user.role, {
    all: {},
    consultant: () => ({ assignments: { some: { consultantId: user.id } } }),
    none: { id: { in: [] } },
  });
}
