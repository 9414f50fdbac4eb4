import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";

/** Invalidates every JWT the user holds (they carry the old session version). */
export async function endSessions(userId: string, action: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (count) await recordAudit(tx, { actorId: userId, action, entityType: "User", entityId: userId });
  });
}
