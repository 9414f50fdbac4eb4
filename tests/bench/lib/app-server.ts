/**
 * The production build served the way `npm start` serves it (scripts/run.ts start),
 * on a free 127.0.0.1 port, plus a signed-in session (next-auth credentials).
 */
import { readFileSync, readdirSync } from "node:fs";
import { spawnApp, waitUntilHealthy } from "../../../scripts/lib/app-process";
import { freePort } from "../../../scripts/lib/embedded-postgres";

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
  /** CPU seconds (user + system) the server has used so far: the launcher and every serving process it started. */
  cpuSeconds(): number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** utime + stime of every live process in the tree under `root`, from /proc (Linux). */
function treeCpuSeconds(root: number): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The fields after the command name (which may hold spaces) in parentheses.
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(name), { parent: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // The process ended meanwhile.
    }
  }
  let ticks = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, st] of stats) if (st.parent === pid) queue.push(child);
  }
  return ticks / TICKS;
}

export async function startAppServer(databaseUrl: string, captureFile: string): Promise<AppServer> {
  const app = spawnApp({
    port: await freePort(),
    preload: ["./tests/bench/lib/sql-capture.ts"],
    env: {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
      // A throw-away copy of the demo database: its demo accounts skip the second factor.
      SENTRA_DEMO_DATABASE: "1",
      BENCH_SQL_CAPTURE: captureFile,
      // Pages are measured, not the job workers' polling.
      JOBS_WORKER: "false",
    },
  });
  try {
    await waitUntilHealthy(app.baseUrl, { timeoutMs: 90_000, exited: app.exited });
  } catch (err) {
    await app.stop();
    throw err;
  }
  return { baseUrl: app.baseUrl, stop: app.stop, cpuSeconds: () => treeCpuSeconds(app.child.pid!) };
}

function cookiesOf(res: Response, jar: Map<string, string>) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials flow; returns the Cookie header to send. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  cookiesOf(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  cookiesOf(res, jar);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${email} failed (HTTP ${res.status}): no session cookie`);
  }
  return header(jar);
}
