import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { getPool } from "@/lib/db";
import { deleteStoredEvidence } from "@/lib/diagnosis/remove-evidence";
import { pgAuditClient, withPgTransaction } from "@/lib/imports/sql";
import { logger } from "@/lib/logger";
import type { FileStorage } from "@/lib/storage";

export interface CleanupResult {
  /** Evidence rows (and their files) removed: uploaded but never saved into an answer. */
  unreferencedFiles: number;
  /** Stored objects without a row (a deleted answer, diagnosis or agenda line file whose bytes stayed behind). */
  orphanObjects: number;
  /** Stored import files no queued or running batch needs. */
  importFiles: number;
}

/** An answer points at a file by `fileId` in `Diagnosis.answers` (an object per indicator). */
const REFERENCED = `EXISTS (
  SELECT 1 FROM jsonb_each(CASE WHEN jsonb_typeof(d.answers) = 'object' THEN d.answers ELSE '{}'::jsonb END) a
  WHERE jsonb_typeof(a.value) = 'object' AND a.value->>'fileId' = f.id)`;

const CHUNK = 500;

/**
 * The scheduled evidence clean-up (the `evidence-cleanup` job). Removes, once they are
 * older than the grace period:
 * 1. evidence rows no answer of their diagnosis points at (uploaded, never saved): per
 *    diagnosis, under its row lock, re-checked, each with an audit row
 *    (`diagnosis.cleanup_evidence`); the bytes after the commit;
 * 2. stored evidence objects with no row at all (the bytes of removed answers or deleted
 *    diagnoses that a failed delete left behind, or an agenda line's replaced or removed
 *    file), each audited (`storage.cleanup_orphan`); a key an agenda line row holds is kept;
 * 3. stored import files that no QUEUED/VALIDATING/IMPORTING batch needs.
 * Never a file still referenced: a save that points at a file locks the diagnosis row
 * before it checks the file exists (lib/diagnosis/save-draft.ts), so it either sees the
 * row gone (and is refused) or this clean-up sees the new reference and keeps it.
 */
export async function cleanUpEvidence({
  storage,
  graceMs,
  now = new Date(),
}: {
  storage: FileStorage;
  graceMs: number;
  now?: Date;
}): Promise<CleanupResult> {
  const cutoff = new Date(now.getTime() - graceMs);
  const pool = getPool();
  const result: CleanupResult = { unreferencedFiles: 0, orphanObjects: 0, importFiles: 0 };

  // 1. Unreferenced rows, one diagnosis per transaction.
  const { rows: diagnoses } = await pool.query<{ id: string }>(
    `SELECT DISTINCT f."diagnosisId" AS id FROM evidence_file f JOIN diagnosis d ON d.id = f."diagnosisId"
     WHERE f."createdAt" < $1 AND NOT ${REFERENCED}`,
    [cutoff],
  );
  for (const { id: diagnosisId } of diagnoses) {
    const keys = await withPgTransaction(async (client) => {
      await client.query(`SELECT 1 FROM diagnosis WHERE id = $1 FOR UPDATE`, [diagnosisId]);
      const { rows: files } = await client.query<{
        id: string;
        fileName: string;
        contentType: string;
        size: number;
        indicatorCode: string;
        storageKey: string;
        createdAt: Date;
      }>(
        `SELECT f.id, f."fileName", f."contentType", f.size, f."indicatorCode", f."storageKey", f."createdAt"
         FROM evidence_file f JOIN diagnosis d ON d.id = f."diagnosisId"
         WHERE f."diagnosisId" = $1 AND f."createdAt" < $2 AND NOT ${REFERENCED}
         ORDER BY f."createdAt"`,
        [diagnosisId, cutoff],
      );
      if (!files.length) return [];
      await client.query(`DELETE FROM evidence_file WHERE id = ANY($1::text[])`, [files.map((f) => f.id)]);
      for (const { storageKey: _key, ...file } of files) {
        await recordAudit(pgAuditClient(client), {
          actorId: null,
          action: "diagnosis.cleanup_evidence",
          entityType: "Diagnosis",
          entityId: diagnosisId,
          before: { ...file, reason: "unreferenced" },
        });
      }
      return files.map((f) => f.storageKey);
    });
    await deleteStoredEvidence(storage, keys);
    result.unreferencedFiles += keys.length;
  }

  // 2. Stored evidence objects with no row. Agenda lines keep their file's key on their own
  // row (lib/monitoring/agenda-evidence.ts, under `evidence/agenda/`): a key any of them
  // holds is in use. A file stored for a save still in progress is younger than the grace.
  result.orphanObjects = await sweepObjects(storage, "evidence", cutoff, async (keys) => {
    const { rows } = await pool.query<{ key: string }>(
      `SELECT "storageKey" AS key FROM evidence_file WHERE "storageKey" = ANY($1::text[])
       UNION SELECT "evidenceKey" FROM cluster_savings_service WHERE "evidenceKey" = ANY($1::text[])
       UNION SELECT "evidenceKey" FROM sme_organisation WHERE "evidenceKey" = ANY($1::text[])
       UNION SELECT "evidenceKey" FROM bds_strengthening WHERE "evidenceKey" = ANY($1::text[])`,
      [keys],
    );
    return new Set(rows.map((r) => r.key));
  });

  // 3. Import files: kept while a batch may still read them.
  result.importFiles = await sweepObjects(storage, "imports", cutoff, async (keys) => {
    const { rows } = await pool.query<{ key: string }>(
      `SELECT "jobInput"->>'fileKey' AS key FROM import_batch WHERE "jobInput"->>'fileKey' = ANY($1::text[]) AND status IN ('QUEUED', 'VALIDATING', 'IMPORTING')`,
      [keys],
    );
    return new Set(rows.map((r) => r.key));
  });

  if (result.unreferencedFiles || result.orphanObjects || result.importFiles) logger.info({ ...result }, "evidence clean-up");
  return result;
}

/** Deletes objects under `prefix` older than `cutoff` that `inUse` does not claim, in chunks; each deletion audited. */
async function sweepObjects(
  storage: FileStorage,
  prefix: string,
  cutoff: Date,
  inUse: (keys: string[]) => Promise<Set<string>>,
): Promise<number> {
  let removed = 0;
  let chunk: string[] = [];
  const flush = async () => {
    if (!chunk.length) return;
    const keep = await inUse(chunk);
    const gone = chunk.filter((k) => !keep.has(k));
    chunk = [];
    if (!gone.length) return;
    // The audit rows first: a deletion that then fails is logged, and the next run retries it.
    await withPgTransaction(async (client) => {
      for (const key of gone) {
        await recordAudit(pgAuditClient(client), {
          actorId: null,
          action: "storage.cleanup_orphan",
          entityType: "StoredFile",
          entityId: key,
        });
      }
    });
    await deleteStoredEvidence(storage, gone);
    removed += gone.length;
  };
  for await (const object of storage.list(prefix)) {
    if (object.modifiedAt >= cutoff) continue;
    chunk.push(object.key);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  return removed;
}
