import "server-only";
import PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

/** pg-boss keeps its tables in this schema of the app's database (outside Prisma's `public`). */
const JOBS_SCHEMA = "pgboss";

/**
 * The queues. Options live here, in one place, and are (re)declared at every start.
 * - `import`: one uploaded file (lib/imports/jobs.ts). A failure the job itself
 *   classifies as transient (connection lost, serialization failure) is retried with
 *   exponential back-off; a run cut off by a crash is resumed by the recovery sweep.
 * - `evidence-cleanup`: scheduled (EVIDENCE_CLEANUP_CRON); removes evidence files
 *   nobody references after the grace period (lib/diagnosis/evidence-cleanup.ts).
 */
export const QUEUES = {
  import: { name: "import", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 * 60 },
  evidenceCleanup: { name: "evidence-cleanup", retryLimit: 2, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 },
} as const satisfies Record<string, PgBoss.Queue>;

type Started = { boss: PgBoss; worker: boolean };
const globalForJobs = globalThis as unknown as { sentraBoss?: Promise<Started> };

async function start(worker: boolean): Promise<Started> {
  const boss = new PgBoss({
    connectionString: getEnv().DATABASE_URL,
    schema: JOBS_SCHEMA,
    application_name: "sentra-jobs",
    max: 4,
    // Expiry, retention and cron are handled by processes that run jobs; a send-only
    // process (JOBS_WORKER=false) leaves them to the others.
    supervise: worker,
    schedule: worker,
    maintenanceIntervalSeconds: 60,
    deleteAfterDays: 7,
  });
  boss.on("error", (err: Error) => logger.error({ err: err.message }, "job queue error"));
  await boss.start();
  for (const queue of Object.values(QUEUES)) {
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }
  return { boss, worker };
}

/**
 * This process's pg-boss instance, started once (creating or upgrading its schema
 * under an advisory lock, so several servers may start at once). `worker` only
 * matters for the first call: the job workers (lib/jobs/worker.ts) start it with true.
 */
export function getBoss(options: { worker?: boolean } = {}): Promise<PgBoss> {
  globalForJobs.sentraBoss ??= start(options.worker ?? false).catch((err: unknown) => {
    globalForJobs.sentraBoss = undefined;
    throw err;
  });
  return globalForJobs.sentraBoss.then((s) => s.boss);
}

/** Stops this process's instance (tests, shutdown); waits for running jobs up to `timeoutMs`. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const current = globalForJobs.sentraBoss;
  globalForJobs.sentraBoss = undefined;
  if (!current) return;
  const { boss } = await current.catch(() => ({ boss: undefined }));
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
