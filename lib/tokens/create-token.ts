import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { createTokenSchema, TOKEN_SCOPES } from "@/lib/tokens/schema";
import { displayPrefix, hashTokenSecret, newTokenSecret } from "@/lib/tokens/secret";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A personal access token for the signed-in user (any role: the token can never do more
 * than its owner). Returns the secret once; only its hash is stored.
 */
export async function createToken({ actor, input, now = new Date() }: { actor: SessionUser; input: unknown; now?: Date }) {
  const data = createTokenSchema.parse(input);
  const secret = newTokenSecret();
  const scopes = [...new Set(data.scopes)].map((s) => TOKEN_SCOPES[s]);
  const expiresAt = new Date(now.getTime() + data.expiresInDays * DAY_MS);
  const token = await prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: data.name, tokenHash: hashTokenSecret(secret), prefix: displayPrefix(secret), scopes, expiresAt },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "api_token.create", entityType: "ApiToken", entityId: row.id, after: row });
    return row;
  });
  return { ...token, secret };
}
