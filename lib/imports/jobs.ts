import "server-only";
import type pg from "pg";
import type PgBoss from "pg-boss";
import { z } from "zod";
import { text } from "@/lib/forms/text";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { isDatabaseUnreachable } from "@/lib/database-errors";
import { getPool, prisma } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/client";
import { processImport } from "@/lib/imports/process-import";
import { newId, pgAuditClient, withPgTransaction } from "@/lib/imports/sql";
import type { ImportJob } from "@/lib/imports/start-import";
import { getBoss, QUEUES } from "@/lib/jobs/boss";
import { logger } from "@/lib/logger";
import { getStorage, type FileStorage } from "@/lib/storage";

/** Runs of one batch at most (the first plus resumptions after crashes or transient errors). */
export const MAX_IMPORT_ATTEMPTS = 3;

/** What the job needs besides the batch's own columns (ImportBatch.jobInput). */
const jobInputSchema = z.object({
  fileKey: text().regex(/^imports\/[a-f0-9]{24}$/),
  format: z.enum(["csv", "xlsx"]),
  locale: z.enum(["id", "en"]),
  requestId: text().max(100).optional(),
});
export type ImportJobInput = z.infer<typeof jobInputSchema>;

const jobDataSchema = z.object({ batchId: text().min(1).max(40) });
type ImportJobData = z.infer<typeof jobDataSchema>;

/**
 * The liveness lock of one batch's run: a session-level advisory lock held, on its own
 * connection, by the process running it. PostgreSQL releases it when that process dies
 * (its connections close), which is how the recovery sweep tells a dead run from a slow one.
 */
const runLock = (batchId: string) => `sentra:import-run:${batchId}`;

const sqlClient = (client: pg.PoolClient): PgBoss.Db => ({ executeSql: (text, values) => client.query(text, values) });

async function sendImportJob(client: pg.PoolClient, batchId: string): Promise<void> {
  const boss = await getBoss();
  const data: ImportJobData = { batchId };
  await boss.send(QUEUES.import.name, data, { db: sqlClient(client) });
}

/** Records the batch (QUEUED) and its job in one transaction: a batch never waits for a job that does not exist. */
export async function enqueueImport(batch: {
  kind: ImportKind;
  clusterId: string | null;
  fileName: string;
  validOnly: boolean;
  createdById: string;
  jobInput: ImportJobInput;
}): Promise<{ batchId: string }> {
  const input = jobInputSchema.parse(batch.jobInput);
  return withPgTransaction(async (client) => {
    const id = newId();
    await client.query(
      `INSERT INTO import_batch (id, kind, "clusterId", "fileName", status, "validOnly", "jobInput", "createdById", "updatedAt")
       VALUES ($1, $2::"ImportKind", $3, $4, 'QUEUED', $5, $6::jsonb, $7, now())`,
      [id, batch.kind, batch.clusterId, batch.fileName, batch.validOnly, JSON.stringify(input), batch.createdById],
    );
    await sendImportJob(client, id);
    return { batchId: id };
  });
}

/** Errors that say nothing about the file: another run may well succeed. */
function isTransientError(err: unknown): boolean {
  // Besides an unreachable database: serialization failure, deadlock, too many connections.
  const code = (err as { code?: unknown } | null)?.code;
  return isDatabaseUnreachable(err) || (typeof code === "string" && ["40001", "40P01", "53300"].includes(code));
}

type ClaimedBatch = {
  kind: ImportKind;
  clusterId: string | null;
  fileName: string;
  validOnly: boolean;
  jobInput: unknown;
  createdById: string;
  attempts: number;
};

/** Rebuilds what `processImport` needs; a string is the reason it cannot run (then the batch fails). */
async function loadJob(batchId: string, batch: ClaimedBatch, storage: FileStorage): Promise<ImportJob | string> {
  const input = jobInputSchema.safeParse(batch.jobInput);
  if (!input.success) return "batch has no valid job input";
  const user = await prisma.user.findUnique({
    where: { id: batch.createdById },
    select: { id: true, email: true, name: true, role: true, locale: true, bdsProviderId: true, isActive: true },
  });
  if (!user?.isActive) return "the uploading user is no longer active";
  const actor: SessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    bdsProviderId: user.bdsProviderId,
  };
  let cluster: ImportJob["cluster"] = null;
  if (batch.clusterId) {
    cluster = await prisma.cluster.findUnique({ where: { id: batch.clusterId }, select: { id: true, name: true } });
    if (!cluster) return "the target centre no longer exists";
  }
  const bytes = await storage.get(input.data.fileKey);
  if (!bytes) return "the uploaded file is no longer in storage";
  return {
    batchId,
    actor,
    kind: batch.kind === "SMES" ? "smes" : batch.kind === "OUTCOMES" ? "outcomes" : "clusters",
    cluster,
    validOnly: batch.validOnly,
    file: { name: batch.fileName, bytes },
    format: input.data.format,
    locale: input.data.locale,
    requestId: input.data.requestId,
  };
}

const FINISHED = new Set(["DONE", "REJECTED", "FAILED"]);

/**
 * The `import` job: claims the batch (QUEUED → VALIDATING, attempts + 1) under its
 * liveness lock and processes it. A batch that is not QUEUED (already done, or being
 * run by another process) is left alone, so a duplicate or late delivery is harmless.
 * Throws only for a transient failure with attempts left: pg-boss then retries it with
 * back-off. The stored file is deleted once the batch has finished.
 */
export async function runImportJob(batchId: string, { storage = getStorage() }: { storage?: FileStorage } = {}): Promise<void> {
  const lock = await getPool().connect();
  let broken: Error | undefined;
  try {
    const { rows: got } = await lock.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [runLock(batchId)]);
    if (!got[0]?.ok) return;
    try {
      const { rows } = await lock.query<ClaimedBatch>(
        `UPDATE import_batch SET status = 'VALIDATING', attempts = attempts + 1, "processedRows" = 0, "updatedAt" = now()
         WHERE id = $1 AND status = 'QUEUED'
         RETURNING kind, "clusterId", "fileName", "validOnly", "jobInput", "createdById", attempts`,
        [batchId],
      );
      const batch = rows[0];
      if (!batch) return;
      const job = await loadJob(batchId, batch, storage);
      if (typeof job === "string") {
        logger.error({ batchId, reason: job }, "import cannot run");
        await prisma.importBatch.update({
          where: { id: batchId },
          data: { status: "FAILED", errors: { header: [], ignoredColumns: [], rows: [], omittedRows: 0, file: { code: "unexpected" } } },
        });
      } else {
        await processImport(job, { retryable: (err) => batch.attempts < MAX_IMPORT_ATTEMPTS && isTransientError(err) });
      }
      const after = await prisma.importBatch.findUnique({ where: { id: batchId }, select: { status: true, jobInput: true } });
      const fileKey = jobInputSchema.safeParse(after?.jobInput);
      if (after && FINISHED.has(after.status) && fileKey.success) await storage.delete(fileKey.data.fileKey).catch(() => {});
    } finally {
      await lock.query("SELECT pg_advisory_unlock(hashtext($1))", [runLock(batchId)]);
    }
  } catch (err) {
    broken = err instanceof Error ? err : new Error(String(err));
    throw err;
  } finally {
    // A connection that failed mid-way is discarded, not returned to the pool.
    lock.release(broken && isTransientError(broken) ? broken : undefined);
  }
}

/** The pg-boss handler: validates the payload, then runs the batch. */
export async function handleImportJobs(jobs: PgBoss.Job<unknown>[]): Promise<void> {
  for (const job of jobs) {
    const data = jobDataSchema.safeParse(job.data);
    if (!data.success) {
      logger.error({ jobId: job.id }, "import job with an invalid payload dropped");
      continue;
    }
    await runImportJob(data.data.batchId);
  }
}

/** A QUEUED batch whose job has vanished (e.g. pg-boss gave up) is taken care of after this long. */
const ORPHAN_QUEUED_AFTER_MS = 10 * 60_000;

/**
 * The recovery sweep, run by every job worker at start and every few seconds: finds
 * batches marked running whose liveness lock is free (the process running them died:
 * nothing of theirs was committed, the transaction died with the connection) and
 * resumes them (QUEUED, a new job) while attempts are left, else marks them FAILED
 * ("interrupted") with an audit row. Safe to run on several servers at once: each
 * batch is decided under its lock and a row lock.
 */
export async function recoverInterruptedImports(): Promise<{ resumed: string[]; failed: string[] }> {
  await getBoss(); // its schema (pgboss.job) exists from here on
  const pool = getPool();
  const { rows } = await pool.query<{ id: string; status: string }>(
    `SELECT b.id, b.status::text FROM import_batch b
     WHERE b.status IN ('VALIDATING', 'IMPORTING')
        OR (b.status = 'QUEUED' AND b."updatedAt" < now() - make_interval(secs => $1)
            AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.data->>'batchId' = b.id AND j.state < 'completed'))
     ORDER BY b."createdAt" LIMIT 100`,
    [ORPHAN_QUEUED_AFTER_MS / 1000, QUEUES.import.name],
  );
  const resumed: string[] = [];
  const failed: string[] = [];
  for (const { id } of rows) {
    const client = await pool.connect();
    try {
      const { rows: got } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [runLock(id)]);
      if (!got[0]?.ok) continue; // alive: its process still holds the lock
      try {
        await client.query("BEGIN");
        const { rows: current } = await client.query<{ status: string; attempts: number; createdById: string; updatedAt: Date }>(
          `SELECT status::text, attempts, "createdById", "updatedAt" FROM import_batch WHERE id = $1 FOR UPDATE`,
          [id],
        );
        const batch = current[0];
        const running = batch && (batch.status === "VALIDATING" || batch.status === "IMPORTING");
        const orphanQueued = batch?.status === "QUEUED" && Date.now() - batch.updatedAt.getTime() > ORPHAN_QUEUED_AFTER_MS;
        if (!batch || (!running && !orphanQueued)) {
          await client.query("ROLLBACK");
          continue;
        }
        if (batch.attempts < MAX_IMPORT_ATTEMPTS) {
          await client.query(
            `UPDATE import_batch SET status = 'QUEUED', "processedRows" = 0,
               errors = jsonb_build_object('header', '[]'::jsonb, 'ignoredColumns', '[]'::jsonb, 'rows', '[]'::jsonb, 'omittedRows', 0, 'file', jsonb_build_object('code', 'resumed')),
               "updatedAt" = now() WHERE id = $1`,
            [id],
          );
          await sendImportJob(client, id);
          resumed.push(id);
        } else {
          await client.query(
            `UPDATE import_batch SET status = 'FAILED',
               errors = jsonb_build_object('header', '[]'::jsonb, 'ignoredColumns', '[]'::jsonb, 'rows', '[]'::jsonb, 'omittedRows', 0, 'file', jsonb_build_object('code', 'interrupted')),
               "updatedAt" = now() WHERE id = $1`,
            [id],
          );
          failed.push(id);
        }
        await recordAudit(pgAuditClient(client), {
          actorId: null,
          action: "import.interrupted",
          entityType: "ImportBatch",
          entityId: id,
          before: { status: batch.status, attempts: batch.attempts },
          after: { status: batch.attempts < MAX_IMPORT_ATTEMPTS ? "QUEUED" : "FAILED" },
        });
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtext($1))", [runLock(id)]).catch(() => {});
      }
    } finally {
      client.release();
    }
  }
  if (resumed.length || failed.length) logger.warn({ resumed, failed }, "interrupted imports recovered");
  return { resumed, failed };
}
