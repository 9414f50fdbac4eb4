import "server-only";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { readBatchReport } from "@/lib/imports/types";

/**
 * A last resort: a batch still "running" without a sign of life for this long was cut off.
 * The job workers' recovery sweep (lib/imports/jobs.ts) normally resumes or fails such a
 * batch within seconds; this covers a deployment where no worker runs at all.
 */
const STALE_AFTER_MS = 10 * 60_000;

const BATCH_SELECT = {
  id: true,
  kind: true,
  fileName: true,
  status: true,
  validOnly: true,
  totalRows: true,
  processedRows: true,
  rejectedRows: true,
  createdRows: true,
  updatedRows: true,
  attempts: true,
  createdAt: true,
  updatedAt: true,
  cluster: { select: { id: true, name: true } },
} as const;

/** One of the signed-in user's own batches (another's is "not found"), with its report. */
export async function getImportBatch(batchId: string) {
  const user = await requireUser("imports:run");
  let batch = await prisma.importBatch.findFirst({
    where: { id: batchId, createdById: user.id },
    select: { ...BATCH_SELECT, errors: true },
  });
  if (!batch) return null;
  const running = batch.status === "VALIDATING" || batch.status === "IMPORTING";
  if (running && Date.now() - batch.updatedAt.getTime() > STALE_AFTER_MS) {
    const report = readBatchReport(batch.errors);
    batch = await prisma.importBatch.update({
      where: { id: batch.id },
      data: { status: "FAILED", errors: { ...report, file: { code: "interrupted" } } },
      select: { ...BATCH_SELECT, errors: true },
    });
  }
  const { errors, ...rest } = batch;
  return { ...rest, report: readBatchReport(errors) };
}

/** Progress only, for polling: small and cheap. */
export async function getImportProgress(batchId: string) {
  const batch = await getImportBatch(batchId);
  if (!batch) return null;
  const { report, ...rest } = batch;
  return { ...rest, fileIssue: report.file?.code ?? null };
}

export async function listRecentImports(limit = 20) {
  const user = await requireUser("imports:run");
  return prisma.importBatch.findMany({
    where: { createdById: user.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: BATCH_SELECT,
  });
}

/** Active centres the user may import SMEs into, for the upload form. */
export async function listImportClusterOptions() {
  const user = await requireUser("imports:run");
  return prisma.cluster.findMany({
    where: { AND: [clusterAccessWhere(user), { status: "ACTIVE" }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, regency: { select: { name: true } } },
  });
}
