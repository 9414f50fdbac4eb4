import "server-only";
import { cleanUpEvidence } from "@/lib/diagnosis/evidence-cleanup";
import { getEnv } from "@/lib/env";
import { handleImportJobs, recoverInterruptedImports } from "@/lib/imports/jobs";
import { getBoss, QUEUES } from "@/lib/jobs/boss";
import { logger } from "@/lib/logger";
import { getStorage } from "@/lib/storage";

/** How often every worker looks for imports whose process died (cheap: one indexed query). */
const RECOVERY_INTERVAL_MS = 15_000;

const globalForWorkers = globalThis as unknown as { sentraWorkers?: Promise<void> };

/**
 * Starts this process's job workers (called once per server process from
 * instrumentation.ts): one import at a time, the scheduled evidence clean-up, and the
 * recovery sweep for imports cut off by a crash. Every server runs them; pg-boss hands
 * each job to exactly one free worker (SELECT … FOR UPDATE SKIP LOCKED). With
 * JOBS_WORKER=false this process only queues jobs.
 */
export function startJobWorkers(): Promise<void> {
  globalForWorkers.sentraWorkers ??= start().catch((err: unknown) => {
    globalForWorkers.sentraWorkers = undefined;
    throw err;
  });
  return globalForWorkers.sentraWorkers;
}

async function start(): Promise<void> {
  const env = getEnv();
  if (!env.JOBS_WORKER) {
    logger.info("job workers disabled in this process (JOBS_WORKER=false)");
    return;
  }
  const boss = await getBoss({ worker: true });
  await boss.work(QUEUES.import.name, { batchSize: 1, pollingIntervalSeconds: 1 }, handleImportJobs);
  await boss.work(QUEUES.evidenceCleanup.name, { batchSize: 1, pollingIntervalSeconds: 30 }, async () => {
    await cleanUpEvidence({ storage: getStorage(), graceMs: env.EVIDENCE_GRACE_HOURS * 3_600_000 });
  });
  await boss.schedule(QUEUES.evidenceCleanup.name, env.EVIDENCE_CLEANUP_CRON, {}, { tz: "UTC" });
  const sweep = () =>
    recoverInterruptedImports().catch((err: unknown) =>
      logger.error({ err: err instanceof Error ? err.message : String(err) }, "import recovery sweep failed"),
    );
  await sweep();
  setInterval(sweep, RECOVERY_INTERVAL_MS).unref();
  logger.info({ queues: Object.values(QUEUES).map((q) => q.name) }, "job workers started");
}
