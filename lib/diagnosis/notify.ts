import "server-only";
import type { Tx } from "@/lib/db";

export type NotificationKind = "DIAGNOSIS_SUBMITTED" | "SECOND_SUBMITTED" | "DIAGNOSIS_RETURNED" | "DIAGNOSIS_APPROVED";

/** Consultants assigned to the cluster: the people who review its diagnoses. */
export async function reviewersOf(tx: Tx, clusterId: string): Promise<string[]> {
  const rows = await tx.consultantAssignment.findMany({
    where: { clusterId, consultant: { isActive: true, role: "CONSULTANT" } },
    select: { consultantId: true },
  });
  return rows.map((r) => r.consultantId);
}

/** In-app notifications, written in the transaction of the change they announce. */
export async function notifyUsers(
  tx: Tx,
  userIds: Iterable<string>,
  what: { kind: NotificationKind; clusterId: string; diagnosisId: string },
  exceptUserId?: string,
): Promise<void> {
  const data = [...new Set(userIds)].filter((id) => id !== exceptUserId).map((userId) => ({ userId, ...what }));
  if (data.length > 0) await tx.notification.createMany({ data });
}
