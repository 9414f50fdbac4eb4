import { prisma } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeProvider, makeUser } from "@/prisma/factories";

export { prisma };

/**
 * Time budget of a test that runs the whole demo seed twice (first run, then the
 * idempotent second): ≈ 2,000 statements through Prisma plus five password hashes.
 * Measured alone at load average 10–13 on the 2 shared cores: 16.4 s + 7.0 s; with the
 * other integration files running beside it, two such tests passed 30 s in CI.
 */
export const DEMO_SEED_TWICE_MS = 120_000;

/** A signed-in user as the domain verbs receive it. */
export async function actorWithRole(role: Role, extra: { bdsProviderId?: string } = {}): Promise<SessionUser> {
  const providerId = role === "CONSULTANT" ? (extra.bdsProviderId ?? (await makeProvider(prisma)).id) : null;
  const u = await makeUser(prisma, { role, bdsProviderId: providerId });
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, bdsProviderId: u.bdsProviderId };
}
