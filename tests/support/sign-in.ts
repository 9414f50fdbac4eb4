import { encode } from "next-auth/jwt";
import { SESSION_COOKIE } from "@/lib/auth/session-policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/prisma/factories";
import { request } from "./action-request";
import { prisma } from "./db";

/**
 * A new user of `role`, signed in: a real session token (JWE) in the test request's
 * cookie jar. `secret`, `maxAge` and `sv` forge the tokens a server must refuse.
 */
export async function signIn(role: Role, opts: { secret?: string; maxAge?: number; sv?: number } = {}) {
  const user = await makeUser(prisma, { role });
  const claims = { uid: user.id, role, sv: opts.sv ?? user.sessionVersion, authTime: Date.now() };
  const secret = opts.secret ?? process.env.NEXTAUTH_SECRET!;
  request.cookies.set(SESSION_COOKIE, await encode({ token: claims, secret, maxAge: opts.maxAge ?? 1800 }));
  return user;
}
