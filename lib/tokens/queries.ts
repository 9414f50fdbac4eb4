import "server-only";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import type { ApiScope } from "@/lib/generated/prisma/enums";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/tokens/schema";

const SCOPE_NAMES = Object.fromEntries(Object.entries(TOKEN_SCOPES).map(([name, stored]) => [stored, name])) as Record<
  ApiScope,
  TokenScope
>;

export function scopeNames(scopes: readonly ApiScope[]): TokenScope[] {
  return scopes.map((s) => SCOPE_NAMES[s]);
}

const TOKEN_ROW = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

/** The signed-in user's own tokens, newest first. The hash never leaves the server. */
export async function listOwnTokens(user: SessionUser) {
  const rows = await prisma.apiToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: TOKEN_ROW });
  return rows.map((r) => ({ ...r, scopes: scopeNames(r.scopes) }));
}

/** Every token, with its owner (admins). */
export async function listAllTokens() {
  await requireUser("users:manage");
  const rows = await prisma.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    take: 500,
    select: { ...TOKEN_ROW, user: { select: { email: true, role: true } } },
  });
  return rows.map((r) => ({ ...r, scopes: scopeNames(r.scopes) }));
}
