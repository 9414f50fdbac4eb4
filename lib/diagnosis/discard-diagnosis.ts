import "server-only";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { diagnosisEditWhere } from "@/lib/diagnosis/access";
import { deleteStoredEvidence } from "@/lib/diagnosis/remove-evidence";
import { EDIT_SELECT } from "@/lib/diagnosis/save-draft";
import { discardDiagnosisSchema } from "@/lib/diagnosis/schema";
import { DISCARDABLE_STATUSES } from "@/lib/diagnosis/transitions";
import { AppError } from "@/lib/errors";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

/**
 * Throws away a draft started by mistake. Who may edit it may discard it (a primary:
 * the ministry staff and admins; a blind second scoring: only its own assessor), and
 * only while it is a draft at the version they saw. The row goes (its evidence rows
 * and notifications with it, by cascade); the audit row keeps what it held. A primary
 * that another assessor is already scoring blind is refused: that work would go too.
 * The evidence bytes are deleted once the transaction has committed.
 */
export async function discardDiagnosis({ actor, input, storage = getStorage() }: StorageVerbArgs) {
  if (!can(actor.role, "diagnosis:fill")) throw new AppError("FORBIDDEN");
  const data = discardDiagnosisSchema.parse(input);
  const { result, storageKeys } = await prisma.$transaction(async (tx) => {
    const current = await tx.diagnosis.findFirst({
      where: { AND: [{ id: data.diagnosisId }, diagnosisEditWhere(actor)] },
      select: {
        ...EDIT_SELECT,
        createdAt: true,
        evidenceFiles: { select: { id: true, indicatorCode: true, fileName: true, contentType: true, size: true, storageKey: true } },
        _count: { select: { secondScorings: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (!DISCARDABLE_STATUSES.includes(current.status))
      throw new AppError("CONFLICT", `cannot discard a ${current.status} diagnosis`, {
        reason: "ILLEGAL_TRANSITION",
        status: current.status,
      });
    if (current.version !== data.version) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
    if (current._count.secondScorings > 0)
      throw new AppError("CONFLICT", "a second scoring of this draft exists", { reason: "HAS_SECOND_SCORING" });
    const { count } = await tx.diagnosis.deleteMany({ where: { id: current.id, version: current.version, status: current.status } });
    if (count === 0) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
    const { evidenceFiles, _count: _counts, ...row } = current;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.discard",
      entityType: "Diagnosis",
      entityId: current.id,
      before: { ...row, evidenceFiles: evidenceFiles.map(({ storageKey: _key, ...file }) => file) },
    });
    return { result: { id: current.id, clusterId: current.clusterId }, storageKeys: evidenceFiles.map((f) => f.storageKey) };
  });
  await deleteStoredEvidence(storage, storageKeys);
  return result;
}
