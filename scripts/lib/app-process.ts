/**
 * What every script that drives the running app shares: Debian's headless Chromium
 * (Playwright's own browsers cannot be downloaded here) and the wait for a freshly
 * started server to answer /api/health.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, no sandbox (containers), and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Polls `${baseUrl}/api/health` every 300 ms until it answers 200. Throws when
 * `exited()` says the server process is gone, or after `timeoutMs`.
 */
export async function waitUntilHealthy(baseUrl: string, { timeoutMs, exited }: { timeoutMs: number; exited: () => string | null }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const gone = exited();
    if (gone !== null) throw new Error(`The app exited before it was ready (${gone})`);
    const ok = await fetch(`${baseUrl}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`The app did not become healthy in ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Null while the process runs; its exit code or signal once it has ended. */
  exited(): string | null;
  /** SIGTERM (the server's own shutdown), SIGKILL after 20 s. */
  stop(): Promise<void>;
}

/**
 * `scripts/run.ts start` (or `dev`) as Node itself, not an npx wrapper, so that a
 * signal reaches the server: on 127.0.0.1:`port` with a fresh session secret, quiet
 * logs and no telemetry; `env` adds to or overrides that. `preload` modules are
 * imported before the server (the benchmarks' SQL capture).
 */
export function spawnApp({
  port,
  mode = "start",
  env = {},
  stdio = "inherit",
  preload = [],
}: {
  port: number;
  mode?: "start" | "dev";
  env?: Record<string, string>;
  stdio?: "inherit" | "pipe";
  preload?: string[];
}): AppProcess {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", ...preload.flatMap((m) => ["--import", m]), "scripts/run.ts", mode], {
    stdio: ["ignore", stdio, stdio],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
  });
  const exited = () => (child.exitCode !== null ? String(child.exitCode) : child.signalCode);
  const ended = new Promise<void>((r) => (exited() !== null ? r() : child.once("exit", () => r())));
  return {
    child,
    baseUrl,
    exited,
    async stop() {
      if (exited() !== null) return;
      child.kill("SIGTERM");
      await Promise.race([ended, new Promise((r) => setTimeout(r, 20_000))]);
      if (exited() === null) child.kill("SIGKILL");
      await ended;
    },
  };
}
