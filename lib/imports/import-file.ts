import "server-only";
import { prisma } from "@/lib/db";
import { processImport } from "@/lib/imports/process-import";
import { startImport } from "@/lib/imports/start-import";

/**
 * An import from start to end in one call: what the upload does in two steps (the
 * request, then the work after the response). Used by tests and the benchmark.
 */
export async function importFile(args: Parameters<typeof startImport>[0]) {
  const job = await startImport(args);
  await processImport(job);
  return prisma.importBatch.findUniqueOrThrow({ where: { id: job.batchId } });
}
