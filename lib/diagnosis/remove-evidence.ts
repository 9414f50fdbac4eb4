import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db";
import type { Answers } from "@/lib/diagnosis/answers";
import { logger } from "@/lib/logger";
import type { FileStorage } from "@/lib/storage";

const fileIdsOf = (answers: Answers) => Object.values(answers).flatMap((a) => (a?.fileId ? [a.fileId] : []));

/**
 * Removing a file from an answer is a save whose answers no longer point at it.
 * Inside the save's transaction: the rows of the evidence files the stored
 * answers point at and the new answers do not, each with an audit row. Returns
 * their storage keys, for `deleteStoredEvidence` once the transaction has
 * committed: a rolled-back save must leave the bytes its rows still point at.
 * A file uploaded but never saved into an answer is not touched here (its
 * upload may still be on its way into the next save).
 */
export async function removeDroppedEvidence(
  tx: Tx,
  actor: Pick<SessionUser, "id">,
  diagnosis: { id: string; answers: unknown },
  answers: Answers,
): Promise<string[]> {
  const kept = new Set(fileIdsOf(answers));
  const dropped = [...new Set(fileIdsOf((diagnosis.answers ?? {}) as Answers))].filter((id) => !kept.has(id));
  if (dropped.length === 0) return [];
  const files = await tx.evidenceFile.findMany({
    where: { id: { in: dropped }, diagnosisId: diagnosis.id },
    select: { id: true, fileName: true, contentType: true, size: true, indicatorCode: true, storageKey: true },
    orderBy: { createdAt: "asc" },
  });
  if (files.length === 0) return [];
  await tx.evidenceFile.deleteMany({ where: { id: { in: files.map((f) => f.id) } } });
  for (const { storageKey: _key, ...file } of files) {
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.remove_evidence",
      entityType: "Diagnosis",
      entityId: diagnosis.id,
      before: file,
    });
  }
  return files.map((f) => f.storageKey);
}

/**
 * Deletes stored evidence bytes whose rows are already gone (or never committed).
 * Never throws: the user's action has succeeded or failed by now, so a file
 * that cannot be deleted is logged (with its key, to clean up by hand) and left.
 */
export async function deleteStoredEvidence(storage: FileStorage, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    try {
      await storage.delete(key);
    } catch (err) {
      logger.error({ storageKey: key, err: err instanceof Error ? err.message : String(err) }, "evidence file delete failed");
    }
  }
}
