import { byRowScope } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Row-level rules for BDS data. A consultant sees their own provider only, and of
 * its deliveries only those to the centres assigned to them (clusterAccessWhere);
 * staff, admins and managers see all. Unknown roles see nothing.
 */
export function providerAccessWhere(user: Pick<SessionUser, "id" | "role" | "bdsProviderId">): Prisma.BdsProviderWhereInput {
  return byRowScope<Prisma.BdsProviderWhereInput>(user.role, {
    all: {},
    consultant: () => ({ id: user.bdsProviderId ?? { in: [] } }),
    none: { id: { in: [] } },
  });
}

export function deliveryAccessWhere(user: Pick<SessionUser, "id" | "role" | "bdsProviderId">): Prisma.ServiceDeliveryWhereInput {
  return { provider: providerAccessWhere(user), cluster: clusterAccessWhere(user) };
}
