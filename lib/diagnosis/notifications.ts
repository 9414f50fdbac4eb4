import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The notifications a user sees: their own, and one about a cluster only while they
 * may still see that cluster (e.g. not after an assignment ended).
 *
 * Roles that see every cluster get no cluster condition at all: Prisma reads an
 * empty relation filter (`{ cluster: {} }`) as no condition and drops that branch of
 * the OR, which left only the notifications without a cluster.
 */
export function notificationsWhere(user: Pick<SessionUser, "id" | "role">): Prisma.NotificationWhereInput {
  const access = clusterAccessWhere(user);
  if (Object.keys(access).length === 0) return { userId: user.id };
  return { userId: user.id, OR: [{ clusterId: null }, { cluster: access }] };
}
