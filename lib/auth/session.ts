import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission } from "@/lib/auth/roles";
import { SESSION_COOKIE, SESSION_COOKIE_SECURE, isSentraClaims, isSessionCurrent } from "@/lib/auth/session-policy";
import { createTokenCache } from "@/lib/auth/token-cache";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role, Locale } from "@/lib/generated/prisma/enums";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  bdsProviderId: string | null;
}

const decodeSessionToken = createTokenCache();

/**
 * The signed-in user of this request, or null. The JWT alone is not trusted: the
 * user must still exist, be active and carry the same session version, so disabling,
 * a role change or a password reset ends every session at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const raw = store.get(SESSION_COOKIE_SECURE)?.value ?? store.get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  // null: expired (idle timeout), tampered, or encrypted with another secret.
  const token = await decodeSessionToken(raw, getEnv().NEXTAUTH_SECRET);
  if (!isSentraClaims(token)) return null;
  const user = await prisma.user.findUnique({
    where: { id: token.uid },
    select: { id: true, email: true, name: true, role: true, locale: true, bdsProviderId: true, isActive: true, sessionVersion: true },
  });
  if (!user || !isSessionCurrent(token, user)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, bdsProviderId: user.bdsProviderId };
});

/** For pages: the user, or a redirect to sign in / a 403 page. */
export async function requirePageUser(permission?: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (permission && !can(user.role, permission)) forbidden();
  return user;
}

/** For server actions and route handlers: the user, or an AppError. */
export async function requireUser(permission?: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (permission && !can(user.role, permission)) throw new AppError("FORBIDDEN");
  return user;
}
