import "server-only";
import PgBoss from "pg-boss";
import { getPool } from "@/lib/db";
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

const globalForJobs = globalThis as unknown as { sentraBoss?: Promise<PgBoss> };

/**
 * A started pg-boss instance with Sentra's queues declared. The app keeps one per process
 * (getBoss); `schema` is for tests, which start several on a schema of their own.
 */
export async function startJobQueue(worker: boolean, schema = JOBS_SCHEMA): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: getEnv().DATABASE_URL,
    schema,
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
  try {
    await declareQueues(boss);
  } catch (err) {
    // Not left running beside the instance of the next attempt.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw err;
  }
  return boss;
}

/**
 * Creates the queues that do not exist yet and applies their options. pg-boss runs its
 * schema upgrades under its own lock, but not `createQueue`: two servers creating the
 * same queues at once (the first start of `npm start`'s two processes on a new database)
 * deadlock in PostgreSQL every time. So one process at a time, under a session-level
 * advisory lock held on a connection of its own for the duration.
 */
async function declareQueues(boss: PgBoss): Promise<void> {
  const lock = await getPool().connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('sentra:jobs:declare-queues'))");
    for (const queue of Object.values(QUEUES)) {
      await boss.createQueue(queue.name, queue);
      await boss.updateQueue(queue.name, queue);
    }
  } finally {
    // Ending the session (not returning it to the pool) releases the lock, whatever failed.
    lock.release(true);
  }
}

/**
 * This process's pg-boss instance, started once (its schema created or upgraded and
 * its queues declared under advisory locks, so several servers may start at once). `worker` only
 * matters for the first call: the job workers (lib/jobs/worker.ts) start it with true.
 */
export function getBoss(options: { worker?: boolean } = {}): Promise<PgBoss> {
  globalForJobs.sentraBoss ??= startJobQueue(options.worker ?? false).catch((err: unknown) => {
    globalForJobs.sentraBoss = undefined;
    throw err;
  });
  return globalForJobs.sentraBoss;
}

/** Stops this process's instance (tests, shutdown); waits for running jobs up to `timeoutMs`. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const current = globalForJobs.sentraBoss;
  globalForJobs.sentraBoss = undefined;
  if (!current) return;
  const boss = await current.catch(() => undefined);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
