import "server-only";
import { clearAccountThrottle } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resetPasswordSchema } from "@/lib/users/schema";

/** Sets a new password, ends the user's sessions and lifts a sign-in lock. */
export async function resetPassword({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN");
  const data = resetPasswordSchema.parse(input);
  const passwordHash = await hashPassword(data.newPassword);
  const user = await prisma.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: data.id }, select: { id: true, email: true } });
    if (!found) throw new AppError("NOT_FOUND");
    await tx.user.update({
      where: { id: data.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.reset_password",
      entityType: "User",
      entityId: data.id,
      after: { sessionsEnded: true },
    });
    return found;
  });
  await clearAccountThrottle(user.email);
  return user;
}
