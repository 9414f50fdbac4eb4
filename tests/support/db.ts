import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeProvider, makeUser } from "@/prisma/factories";

export { prisma };

/** A signed-in user as the domain verbs receive it. */
export async function actorWithRole(role: Role, extra: { bdsProviderId?: string } = {}): Promise<SessionUser> {
  const providerId = role === "CONSULTANT" ? (extra.bdsProviderId ?? (await makeProvider(prisma)).id) : null;
  const u = await makeUser(prisma, { role, bdsProviderId: providerId });
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, bdsProviderId: u.bdsProviderId };
}
