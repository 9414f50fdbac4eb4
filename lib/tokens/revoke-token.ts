import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { revokeTokenSchema } from "@/lib/tokens/schema";

/** The owner revokes their own token; an admin any token. Revoking twice changes nothing. */
export async function revokeToken({ actor, input, now = new Date() }: { actor: SessionUser; input: unknown; now?: Date }) {
  const { id } = revokeTokenSchema.parse(input);
  const mayRevokeAny = can(actor.role, "users:manage");
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id, ...(mayRevokeAny ? {} : { userId: actor.id }) },
      select: { id: true, name: true, userId: true, revokedAt: true },
    });
    if (!token) throw new AppError("NOT_FOUND");
    if (token.revokedAt) return token;
    const after = await tx.apiToken.update({
      where: { id },
      data: { revokedAt: now, revokedById: actor.id },
      select: { id: true, name: true, userId: true, revokedAt: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "api_token.revoke", entityType: "ApiToken", entityId: id, before: token, after });
    return after;
  });
}
