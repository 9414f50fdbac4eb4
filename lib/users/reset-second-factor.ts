import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resetSecondFactorSchema } from "@/lib/users/schema";

/**
 * Removes a user's second factor (a lost phone) and ends their sessions. An admin or
 * manager enrols again at the next sign-in; others may.
 */
export async function resetSecondFactor({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN");
  const data = resetSecondFactorSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id: data.id }, select: { id: true, email: true, totpEnabledAt: true } });
    if (!found) throw new AppError("NOT_FOUND");
    await tx.user.update({
      where: { id: data.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    const { count } = await tx.recoveryCode.deleteMany({ where: { userId: data.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.reset_second_factor",
      entityType: "User",
      entityId: data.id,
      before: { enrolled: !!found.totpEnabledAt, recoveryCodes: count },
      after: { enrolled: false, sessionsEnded: true },
    });
    return { id: found.id, email: found.email };
  });
}
