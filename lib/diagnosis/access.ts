import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Actor = Pick<SessionUser, "id" | "role">;
/** A transaction or the client itself. */
type AuditReader = Pick<Tx, "auditLog">;

/**
 * THE row-level rule for diagnoses: the cluster rule, plus blind second scoring.
 * Until the primary diagnosis is approved, a second assessor cannot see the
 * primary they are compared with, and the primary's assessor cannot see the
 * second scoring. Consultants see nothing still in draft. Every diagnosis read
 * and write spreads this, so a hidden diagnosis is simply not found.
 */
export function diagnosisReadWhere(user: Actor): Prisma.DiagnosisWhereInput {
  return {
    AND: [
      { cluster: clusterAccessWhere(user) },
      { NOT: { status: { not: "APPROVED" }, secondScorings: { some: { assessorId: user.id } } } },
      { NOT: { role: "SECOND", primary: { assessorId: user.id, status: { not: "APPROVED" } } } },
      user.role === "CONSULTANT" ? { status: { not: "DRAFT" } } : {},
    ],
  };
}

/**
 * Who may change the answers: a filler who may read it; a second scoring only by
 * its own assessor (a primary is team work among the ministry staff).
 */
export function diagnosisEditWhere(user: Actor): Prisma.DiagnosisWhereInput {
  return { AND: [diagnosisReadWhere(user), { OR: [{ role: "PRIMARY" }, { assessorId: user.id }] }] };
}

const CONTRIBUTING_ACTIONS = [
  "diagnosis.start",
  "diagnosis.save_draft",
  "diagnosis.submit",
  "diagnosis.resolve_conflict",
  "diagnosis.switch_instrument",
];

/** Whether the user assessed or edited this diagnosis: such a user never reviews it. */
export async function hasContributed(tx: AuditReader, userId: string, diagnosis: { id: string; assessorId: string }): Promise<boolean> {
  if (diagnosis.assessorId === userId) return true;
  const edits = await tx.auditLog.count({
    where: { entityType: "Diagnosis", entityId: diagnosis.id, actorId: userId, action: { in: CONTRIBUTING_ACTIONS } },
  });
  return edits > 0;
}

/** Who last saved the answers, and when (from the audit trail). */
export async function lastSave(tx: AuditReader, diagnosisId: string) {
  const row = await tx.auditLog.findFirst({
    where: { entityType: "Diagnosis", entityId: diagnosisId, action: { in: CONTRIBUTING_ACTIONS } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, actor: { select: { name: true } } },
  });
  return row ? { savedAt: row.createdAt.toISOString(), savedBy: row.actor?.name ?? null } : null;
}
