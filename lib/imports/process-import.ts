import "server-only";
import type pg from "pg";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import type { ImportStatus, Prisma } from "@/lib/generated/prisma/client";
import { checkClusterRow, presentClusterFields, rejectClusterDuplicatesInFile } from "@/lib/imports/cluster-rows";
import type { ResolvedHeader } from "@/lib/imports/columns";
import { MAX_ROWS } from "@/lib/imports/limits";
import { UnreadableFile, openTable, type TableRow } from "@/lib/imports/read-table";
import { Rejections } from "@/lib/imports/rows";
import { checkOutcomeRow, rejectOutcomeDuplicatesInFile } from "@/lib/imports/outcome-rows";
import { checkSmeRow, presentSmeFields, rejectSmeDuplicatesInFile } from "@/lib/imports/sme-rows";
import { pgAuditClient, withPgTransaction } from "@/lib/imports/sql";
import type { ImportJob } from "@/lib/imports/start-import";
import type { BatchReport, FileIssue } from "@/lib/imports/types";
import { loadClusterReferences, planClusterWrites, writeClusters } from "@/lib/imports/write-clusters";
import { planOutcomeWrites, writeOutcomes } from "@/lib/imports/write-outcomes";
import { planSmeWrites, writeSmes } from "@/lib/imports/write-smes";
import { logger } from "@/lib/logger";

type BatchUpdate = Partial<{
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  rejectedRows: number;
  createdRows: number;
  updatedRows: number;
  errors: Prisma.InputJsonValue;
}>;

/** Progress goes through its own connection, so the page sees it while the transaction is open. */
async function updateBatch(batchId: string, data: BatchUpdate) {
  await prisma.importBatch.update({ where: { id: batchId }, data });
}

const asJson = (report: BatchReport) => report as unknown as Prisma.InputJsonValue;

/** The rows were refused: nothing is written (the transaction is rolled back). */
class RowsRejected extends Error {}

interface Run {
  job: ImportJob;
  headerCells: string[];
  rows: TableRow[];
  rejections: Rejections;
  /** At most one progress write per interval: 100,000 rows must not mean 100,000 updates. */
  progress(data: BatchUpdate): Promise<void>;
}

interface Outcome {
  created: number;
  updated: number;
}

function throttle(batchId: string, intervalMs = 400) {
  let last = 0;
  return async (data: BatchUpdate) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    await updateBatch(batchId, data);
  };
}

const CHECK_SLICE = 2_000;

/** Runs `check` over the rows, yielding to the event loop now and then so the server stays responsive. */
async function checkRows<C>(run: Run, check: (row: TableRow) => C | null): Promise<C[]> {
  const out: C[] = [];
  for (let i = 0; i < run.rows.length; i++) {
    const c = check(run.rows[i]!);
    if (c) out.push(c);
    if ((i + 1) % CHECK_SLICE === 0) {
      await run.progress({ processedRows: i + 1 });
      await new Promise((r) => setImmediate(r));
    }
  }
  return out;
}

function inTransaction<T>(lockKey: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return withPgTransaction(async (client) => {
    // One import at a time per target, so two uploads of one file cannot both create.
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [lockKey]);
    return fn(client);
  });
}

function reportOf(run: Run, base: Omit<BatchReport, "rows" | "omittedRows">): BatchReport {
  return { ...base, ...run.rejections.report() };
}

/**
 * Refuses (all-or-nothing with rejected rows, or nothing valid), else writes, then
 * marks the batch DONE and adds the summary audit row — all inside the transaction.
 */
async function decideAndWrite(
  run: Run,
  client: pg.PoolClient,
  // `unchanged`: rows equal to what is stored (a re-import), which are valid but write nothing.
  plan: { creates: unknown[]; updates: unknown[]; unchanged?: number },
  base: Omit<BatchReport, "rows" | "omittedRows">,
  write: (onProgress: (written: number) => Promise<void>) => Promise<void>,
): Promise<Outcome> {
  const { job, rejections } = run;
  if ((rejections.size && !job.validOnly) || plan.creates.length + plan.updates.length + (plan.unchanged ?? 0) === 0)
    throw new RowsRejected();
  await updateBatch(job.batchId, { status: "IMPORTING", processedRows: rejections.size, rejectedRows: rejections.size });
  await write((written) => run.progress({ processedRows: rejections.size + written }));
  const outcome = { created: plan.creates.length, updated: plan.updates.length };
  const total = run.rows.length;
  await client.query(
    `UPDATE import_batch SET status = 'DONE', "totalRows" = $2, "processedRows" = $2, "rejectedRows" = $3,
       "createdRows" = $4, "updatedRows" = $5, errors = $6::jsonb, "updatedAt" = now() WHERE id = $1`,
    [job.batchId, total, rejections.size, outcome.created, outcome.updated, JSON.stringify(reportOf(run, base))],
  );
  await recordAudit(pgAuditClient(client), {
    actorId: job.actor.id,
    action: "import.run",
    entityType: "ImportBatch",
    entityId: job.batchId,
    after: {
      kind: job.kind,
      clusterId: job.cluster?.id ?? null,
      fileName: job.file.name,
      validOnly: job.validOnly,
      totalRows: total,
      createdRows: outcome.created,
      updatedRows: outcome.updated,
      rejectedRows: rejections.size,
    },
  });
  return outcome;
}

async function importSmes(run: Run, header: ResolvedHeader<"smes">, base: Omit<BatchReport, "rows" | "omittedRows">): Promise<Outcome> {
  const { job, rejections } = run;
  const cluster = job.cluster!;
  const ctx = { header, headerCells: run.headerCells, clusterName: cluster.name };
  const checked = await checkRows(run, (row) => checkSmeRow(row, ctx, rejections));
  const candidates = rejectSmeDuplicatesInFile(checked, ctx, rejections);
  return inTransaction(`sentra:import:smes:${cluster.id}`, async (client) => {
    const live = await client.query(`SELECT 1 FROM cluster WHERE id = $1 AND status = 'ACTIVE' FOR SHARE`, [cluster.id]);
    if (!live.rowCount) throw new Error("cluster archived during import");
    const plan = await planSmeWrites(client, cluster.id, candidates, ctx, rejections);
    return decideAndWrite(run, client, plan, base, (onProgress) =>
      writeSmes(client, plan, {
        clusterId: cluster.id,
        actorId: job.actor.id,
        batchId: job.batchId,
        requestId: job.requestId,
        present: presentSmeFields(header),
        onProgress,
      }),
    );
  });
}

async function importOutcomes(
  run: Run,
  header: ResolvedHeader<"outcomes">,
  base: Omit<BatchReport, "rows" | "omittedRows">,
): Promise<Outcome> {
  const { job, rejections } = run;
  const cluster = job.cluster!;
  const ctx = { header, headerCells: run.headerCells, clusterName: cluster.name };
  const checked = await checkRows(run, (row) => checkOutcomeRow(row, ctx, rejections));
  const candidates = rejectOutcomeDuplicatesInFile(checked, ctx, rejections);
  return inTransaction(`sentra:import:outcomes:${cluster.id}`, async (client) => {
    const live = await client.query(`SELECT 1 FROM cluster WHERE id = $1 AND status = 'ACTIVE' FOR SHARE`, [cluster.id]);
    if (!live.rowCount) throw new Error("cluster archived during import");
    const plan = await planOutcomeWrites(client, cluster.id, candidates);
    return decideAndWrite(run, client, plan, base, (onProgress) =>
      writeOutcomes(client, plan, { clusterId: cluster.id, actorId: job.actor.id, batchId: job.batchId, onProgress }),
    );
  });
}

async function importClusters(
  run: Run,
  header: ResolvedHeader<"clusters">,
  base: Omit<BatchReport, "rows" | "omittedRows">,
): Promise<Outcome> {
  const { job, rejections } = run;
  return inTransaction("sentra:import:clusters", async (client) => {
    const refs = await loadClusterReferences(client, header);
    const ctx = { header, headerCells: run.headerCells, ...refs };
    const checked = await checkRows(run, (row) => checkClusterRow(row, ctx, rejections));
    const candidates = rejectClusterDuplicatesInFile(checked, ctx, rejections);
    const plan = await planClusterWrites(client, candidates, ctx, rejections);
    return decideAndWrite(run, client, plan, base, (onProgress) =>
      writeClusters(client, plan, {
        actorId: job.actor.id,
        batchId: job.batchId,
        requestId: job.requestId,
        present: presentClusterFields(header),
        onProgress,
      }),
    );
  });
}

/**
 * The rows of one batch: read, check every row (THE shared schema, duplicates in the
 * file, then the database under a lock), and write all of them in one transaction —
 * or, when the user chose "only valid rows", the valid ones — with per-record audit
 * rows and one summary audit row. The batch row shows how far it got. Never throws,
 * except when `retryable(err)` says an unexpected error is worth another run: then the
 * batch goes back to QUEUED (nothing was committed) and the error is rethrown for the
 * job queue to retry with back-off.
 */
export async function processImport(job: ImportJob, options: { retryable?: (err: unknown) => boolean } = {}): Promise<void> {
  const started = Date.now();
  let base: Omit<BatchReport, "rows" | "omittedRows"> = { header: [], ignoredColumns: [] };
  const fileProblem = (status: ImportStatus, file: FileIssue) =>
    updateBatch(job.batchId, { status, errors: asJson({ ...base, rows: [], omittedRows: 0, file }) });
  const rejections = new Rejections();
  let total = 0;
  try {
    const table = await openTable(job.file, job.format, job.kind, job.locale);
    if (!table) return await fileProblem("REJECTED", { code: "fileEmpty" });
    base = { header: table.header, ignoredColumns: table.resolved.ignored };
    const problem = table.resolved.problems[0];
    if (problem) return await fileProblem("REJECTED", problem);

    const progress = throttle(job.batchId);
    const rows: TableRow[] = [];
    for await (const row of table.rows) {
      rows.push(row);
      if (rows.length > MAX_ROWS) return await fileProblem("REJECTED", { code: "tooManyRows", params: { max: String(MAX_ROWS) } });
    }
    if (!rows.length) return await fileProblem("REJECTED", { code: "noRows" });
    total = rows.length;
    await updateBatch(job.batchId, { totalRows: total, processedRows: 0 });

    const run: Run = { job, headerCells: table.header, rows, rejections, progress };
    const outcome =
      job.kind === "smes"
        ? await importSmes(run, table.resolved as ResolvedHeader<"smes">, base)
        : job.kind === "outcomes"
          ? await importOutcomes(run, table.resolved as ResolvedHeader<"outcomes">, base)
          : await importClusters(run, table.resolved as ResolvedHeader<"clusters">, base);
    logger.info(
      { batchId: job.batchId, kind: job.kind, rows: rows.length, ...outcome, rejected: rejections.size, ms: Date.now() - started },
      "import done",
    );
  } catch (err) {
    if (err instanceof RowsRejected) {
      const { rows, omittedRows } = rejections.report();
      await updateBatch(job.batchId, {
        status: "REJECTED",
        rejectedRows: rejections.size,
        processedRows: total,
        errors: asJson({ ...base, rows, omittedRows }),
      }).catch((e: unknown) => logger.error({ batchId: job.batchId, err: String(e) }, "import batch update failed"));
      return;
    }
    if (err instanceof UnreadableFile) {
      // Found past the first row (start-import reads only that far): nothing of the file is kept.
      await fileProblem("REJECTED", { code: err.code, params: err.params }).catch(() => {});
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    if (options.retryable?.(err)) {
      logger.warn({ batchId: job.batchId, err: message }, "import failed, will be retried");
      await updateBatch(job.batchId, {
        status: "QUEUED",
        processedRows: 0,
        errors: asJson({ ...base, rows: [], omittedRows: 0, file: { code: "retrying" } }),
      }).catch(() => {});
      throw err;
    }
    logger.error({ batchId: job.batchId, err: message }, "import failed");
    await fileProblem("FAILED", { code: "unexpected" }).catch(() => {});
  }
}
