/**
 * Builds share `.next` with the other engineers of this checkout, so building and
 * serving a build happen under /tmp/sentra-build.lock, the lock every build and e2e
 * run takes (`flock /tmp/sentra-build.lock …`). The lock is held by a child
 * `flock … cat` until we close its input, so it is released even if we crash.
 */
import { spawn, spawnSync } from "node:child_process";

const BUILD_LOCK = "/tmp/sentra-build.lock";

async function acquireBuildLock(log: (line: string) => void): Promise<() => void> {
  const holder = spawn("flock", [BUILD_LOCK, "sh", "-c", "echo locked; exec cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  const waiting = setTimeout(() => log(`Waiting for ${BUILD_LOCK} (another build or e2e run holds it)…`), 1000);
  await new Promise<void>((resolve, reject) => {
    holder.once("error", reject);
    holder.once("exit", (code) => reject(new Error(`flock exited (${code}) before taking ${BUILD_LOCK}`)));
    holder.stdout.once("data", () => resolve());
  }).finally(() => clearTimeout(waiting));
  holder.removeAllListeners("exit");
  return () => {
    holder.stdin.end();
  };
}

/**
 * Takes the build lock and, unless BENCH_SKIP_BUILD=1, makes a production build
 * (`next build`, type check skipped: `npm run typecheck` does that). Returns the
 * lock's release: hold it while serving the build, so nobody rebuilds under the server.
 */
export async function buildUnderLock(log: (line: string) => void): Promise<() => void> {
  const release = await acquireBuildLock(log);
  if (process.env.BENCH_SKIP_BUILD === "1") return release;
  log("next build…");
  const t = performance.now();
  const res = spawnSync("npx", ["next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SENTRA_BUILD_SKIP_TYPECHECK: "1" },
  });
  if (res.status !== 0) {
    release();
    throw new Error("next build failed");
  }
  log(`Built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return release;
}
