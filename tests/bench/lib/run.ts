type CleanUpStep = () => Promise<void> | void;

/**
 * The clean-ups of a benchmark (servers, databases, builds): registered as it goes, run
 * once, the last registered first, on the way out and on Ctrl-C (exit 130).
 */
export function createCleanups() {
  const cleanups: CleanUpStep[] = [];
  async function cleanUp() {
    for (const fn of cleanups.reverse()) await Promise.resolve(fn()).catch(() => {});
    cleanups.length = 0;
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanUp().then(() => process.exit(130)));
  return { cleanups, cleanUp };
}

/** Runs a benchmark's `main`: a failure is printed, cleaned up, and exits 1. */
export async function runBench(main: () => Promise<void>, cleanUp: () => Promise<void>) {
  try {
    await main();
  } catch (err) {
    console.error(`[bench] ${err instanceof Error ? err.message : String(err)}`);
    await cleanUp();
    process.exit(1);
  }
}
