import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

/** When the signed-in user enrolled their second factor, or null: for their own account page only. */
export async function getOwnSecondFactor(user: SessionUser): Promise<{ enabledAt: Date | null }> {
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } });
  return { enabledAt: row.totpEnabledAt };
}
