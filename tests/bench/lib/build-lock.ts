/**
 * Builds share `.next` with the other engineers of this checkout, so building and
 * serving a build happen under /tmp/sentra-build.lock, the lock every build and e2e
 * run takes (`flock /tmp/sentra-build.lock …`). The lock is held by a child
 * `flock … cat` until we close its input, so it is released even if we crash.
 */
import { spawn } from "node:child_process";

const BUILD_LOCK = "/tmp/sentra-build.lock";

export async function acquireBuildLock(log: (line: string) => void): Promise<() => void> {
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
