import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateUserSchema } from "@/lib/users/schema";

const SNAPSHOT = { id: true, email: true, role: true, isActive: true, bdsProviderId: true, version: true, sessionVersion: true } as const;

/**
 * Role, active flag and provider of a user, with optimistic concurrency on `version`.
 * A role change or disabling bumps `sessionVersion`: the user's sessions end at once.
 */
export async function updateUser({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "users:manage")) throw new AppError("FORBIDDEN");
  const data = updateUserSchema.parse(input);
  if (data.id === actor.id && (!data.isActive || data.role !== "ADMIN")) {
    throw new AppError("INVALID_INPUT", "self lockout", { field: "role", fieldMessage: "selfLockout" });
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: data.id }, select: SNAPSHOT });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== data.version) throw new AppError("CONFLICT");
    const bdsProviderId = data.role === "CONSULTANT" ? (data.bdsProviderId ?? null) : null;
    const endsSessions = before.role !== data.role || (before.isActive && !data.isActive);
    const { count } = await tx.user.updateMany({
      where: { id: data.id, version: data.version },
      data: {
        role: data.role,
        isActive: data.isActive,
        bdsProviderId,
        version: { increment: 1 },
        ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT");
    if (before.role === "CONSULTANT" && data.role !== "CONSULTANT") {
      // A former consultant keeps no access to centres through old assignments.
      await tx.consultantAssignment.deleteMany({ where: { consultantId: data.id } });
    }
    const after = await tx.user.findUniqueOrThrow({ where: { id: data.id }, select: SNAPSHOT });
    await recordAudit(tx, { actorId: actor.id, action: "user.update", entityType: "User", entityId: data.id, before, after });
    return after;
  });
}
