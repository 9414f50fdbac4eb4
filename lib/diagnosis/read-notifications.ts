import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

/**
 * Opening a diagnosis reads its notifications for this user. Only the user's own
 * read marks change: no business data, hence no audit row.
 */
export async function markDiagnosisNotificationsRead(user: Pick<SessionUser, "id">, diagnosisId: string): Promise<void> {
  await prisma.notification.updateMany({ where: { userId: user.id, diagnosisId, readAt: null }, data: { readAt: new Date() } });
}
