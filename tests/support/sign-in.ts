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
  await setSessionCookie(user, opts);
  return user;
}

/** Signs in a user the test already has (e.g. an actor from `actorWithRole`). */
export async function signInAs(actor: { id: string }) {
  await setSessionCookie(await prisma.user.findUniqueOrThrow({ where: { id: actor.id } }));
}

async function setSessionCookie(
  user: { id: string; role: Role; sessionVersion: number },
  opts: { secret?: string; maxAge?: number; sv?: number } = {},
) {
  const claims = { uid: user.id, role: user.role, sv: opts.sv ?? user.sessionVersion, authTime: Date.now() };
  const secret = opts.secret ?? process.env.NEXTAUTH_SECRET!;
  request.cookies.set(SESSION_COOKIE, await encode({ token: claims, secret, maxAge: opts.maxAge ?? 1800 }));
}
