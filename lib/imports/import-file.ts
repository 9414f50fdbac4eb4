import "server-only";
import { prisma } from "@/lib/db";
import { runImportJob } from "@/lib/imports/jobs";
import { startImport } from "@/lib/imports/start-import";

/**
 * An import from start to end in one call: the upload's step (check, store, queue) and
 * then the job's run, here in this process rather than by a worker. Used by tests and
 * the benchmark (which also measures the path through the queue).
 */
export async function importFile(args: Parameters<typeof startImport>[0]) {
  const { batchId } = await startImport(args);
  await runImportJob(batchId, { storage: args.storage });
  return prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
}
