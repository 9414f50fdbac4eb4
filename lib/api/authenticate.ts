import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { isAccountLocked } from "@/lib/auth/login";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { ApiRefusal } from "@/lib/api/errors";
import { scopeNames } from "@/lib/tokens/queries";
import type { TokenScope } from "@/lib/tokens/schema";
import { hashTokenSecret, isTokenShaped } from "@/lib/tokens/secret";

export interface ApiCaller {
  user: SessionUser;
  token: { id: string; scopes: TokenScope[] };
}

/**
 * The caller of an API request from `Authorization: Bearer sentra_pat_…`. Every failure
 * is the same 401, so the answer says nothing about which tokens exist: missing,
 * malformed, unknown, revoked, expired, or an owner who is disabled or locked out.
 */
export async function authenticateApiRequest(authorization: string | null, now = new Date()): Promise<ApiCaller> {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? "");
  const secret = match?.[1];
  if (!secret || !isTokenShaped(secret)) throw new ApiRefusal("UNAUTHENTICATED", undefined, { "WWW-Authenticate": "Bearer" });
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, locale: true, bdsProviderId: true, isActive: true } },
    },
  });
  const usable = token && !token.revokedAt && token.expiresAt > now && token.user.isActive && !(await isAccountLocked(token.user.email));
  if (!usable) throw new ApiRefusal("UNAUTHENTICATED", undefined, { "WWW-Authenticate": 'Bearer error="invalid_token"' });
  const { isActive: _active, ...user } = token.user;
  return { user, token: { id: token.id, scopes: scopeNames(token.scopes) } };
}

/**
 * Every authenticated use: the token's last use, and one audit row naming the token,
 * method, path and answer. A write's own audit rows come on top, in its transaction.
 */
export async function recordTokenUse(caller: ApiCaller, use: { method: string; path: string; status: number }, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: caller.token.id }, data: { lastUsedAt: now } });
    await recordAudit(tx, {
      actorId: caller.user.id,
      action: "api_token.use",
      entityType: "ApiToken",
      entityId: caller.token.id,
      after: use,
    });
  });
}
