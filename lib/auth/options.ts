import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { authenticate } from "@/lib/auth/login";
import { endSessions } from "@/lib/auth/end-sessions";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { IDLE_TIMEOUT_SECONDS, isSentraClaims, isSessionCurrent } from "@/lib/auth/session-policy";
import { prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * The address set by Sentra's HTTP server from the socket (or, behind a proxy listed in
 * TRUST_PROXY, from X-Forwarded-For): see lib/auth/client-address.ts. Client-sent
 * X-Forwarded-For / X-Real-IP are never read here.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value.length <= 64 ? value : "unknown";
}

async function isTokenCurrent(token: unknown): Promise<boolean> {
  if (!isSentraClaims(token)) return false;
  const user = await prisma.user.findUnique({ where: { id: token.uid }, select: { isActive: true, sessionVersion: true } });
  return isSessionCurrent(token, user);
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    // The JWT expires after 30 idle minutes; proxy.ts slides it forward on activity,
    // and lib/auth/session.ts enforces the 12-hour absolute lifetime.
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
    jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    // next-auth's messages go to Sentra's structured log (lib/logger.ts).
    logger: {
      // A revoked session asking /api/auth/session is expected, not an error to log.
      error(code, metadata) {
        const message = metadata instanceof Error ? metadata.message : (metadata as { message?: unknown } | undefined)?.message;
        if (code === "JWT_SESSION_ERROR" && message === "SESSION_REVOKED") return;
        logger.error({ code, err: metadata instanceof Error ? metadata : message }, "next-auth error");
      },
      warn(code) {
        logger.warn({ code }, "next-auth warning");
      },
      debug(code) {
        logger.debug({ code }, "next-auth debug");
      },
    },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(credentials, req) {
          const result = await authenticate({
            email: credentials?.email,
            password: credentials?.password,
            code: credentials?.code,
            address: clientAddress(req?.headers),
          });
          // The code travels to the sign-in form, which shows it in the user's language.
          if (!result.ok) throw new Error(result.code);
          return {
            id: result.user.id,
            email: result.user.email,
            name: result.user.name,
            role: result.user.role,
            sv: result.user.sessionVersion,
          };
        },
      }),
    ],
    events: {
      // A signed-out token must be dead even if a copy of it comes back (a request
      // racing the sign-out, a stolen cookie): bumping the session version does that.
      // It signs the user out on every device, which is what a shared-computer user
      // expects of "Keluar" in a government system.
      async signOut({ token }) {
        if (isSentraClaims(token)) await endSessions(token.uid, "auth.logout");
      },
    },
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: string; sv: number };
          return { ...token, uid: u.id, role: u.role, sv: u.sv, authTime: Date.now() };
        }
        // /api/auth/session: a revoked session (signed out elsewhere, disabled, role
        // changed, past 12 hours) answers with an empty session, and next-auth clears
        // the cookie when this throws (issue #16 finding 5).
        if (!(await isTokenCurrent(token))) throw new Error("SESSION_REVOKED");
        return token;
      },
      // Only same-origin targets (issue #16 finding 1), wherever next-auth redirects.
      redirect({ url, baseUrl }) {
        const path = safeCallbackPath(url, baseUrl);
        return path ? new URL(path, baseUrl).toString() : baseUrl;
      },
      // The client never needs more than the name; authorization reads the database.
      session({ session }) {
        return { expires: session.expires, user: { name: session.user?.name } };
      },
    },
  };
}
