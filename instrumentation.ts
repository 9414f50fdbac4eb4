/**
 * Runs once when a Next.js server process starts (`next start`, `next dev`, each
 * process of `npm start`): starts the background job workers (lib/jobs/worker.ts).
 * A database that is not reachable yet is retried; the server serves meanwhile.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobWorkers } = await import("@/lib/jobs/worker");
  const { logger } = await import("@/lib/logger");
  const attempt = (delayMs: number) => {
    startJobWorkers().catch((err: unknown) => {
      logger.error({ err: err instanceof Error ? err.message : String(err), retryInMs: delayMs }, "job workers did not start");
      setTimeout(() => attempt(Math.min(delayMs * 2, 60_000)), delayMs).unref();
    });
  };
  attempt(2_000);
}
