import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/login";
import { endSessions } from "@/lib/auth/end-sessions";
import { IDLE_TIMEOUT_SECONDS, isSentraClaims } from "@/lib/auth/session-policy";
import { getEnv } from "@/lib/env";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getEnv().NEXTAUTH_SECRET,
    // The JWT expires after 30 idle minutes; proxy.ts slides it forward on activity,
    // and lib/auth/session.ts enforces the 12-hour absolute lifetime.
    session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
    jwt: { maxAge: IDLE_TIMEOUT_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const result = await authenticate({
            email: credentials?.email,
            password: credentials?.password,
            address: clientAddress(req?.headers),
          });
          // The code travels to the sign-in form, which shows it in the user's language.
          if (!result.ok) throw new Error(result.code);
          return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sv: result.user.sessionVersion };
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
      jwt({ token, user }) {
        if (user) {
          const u = user as unknown as { id: string; role: string; sv: number };
          return { ...token, uid: u.id, role: u.role, sv: u.sv, authTime: Date.now() };
        }
        return token;
      },
      // The client never needs more than the name; authorization reads the database.
      session({ session }) {
        return { expires: session.expires, user: { name: session.user?.name } };
      },
    },
  };
}
