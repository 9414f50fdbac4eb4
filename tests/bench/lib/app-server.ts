/**
 * The production build served the way `npm start` serves it (scripts/run.ts start),
 * on a free 127.0.0.1 port, plus a signed-in session (next-auth credentials).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { freePort } from "../../../scripts/lib/embedded-postgres";

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startAppServer(databaseUrl: string, captureFile: string): Promise<AppServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Node itself (not an npx wrapper), so SIGTERM reaches the server's shutdown.
  const app: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "--import", "./tests/bench/lib/sql-capture.ts", "scripts/run.ts", "start"],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXTAUTH_URL: baseUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
        LOG_LEVEL: "warn",
        // A throw-away copy of the demo database: its demo accounts skip the second factor.
        SENTRA_DEMO_DATABASE: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        BENCH_SQL_CAPTURE: captureFile,
        // Pages are measured, not the job workers' polling.
        JOBS_WORKER: "false",
      },
    },
  );
  const stop = async () => {
    if (app.exitCode !== null || app.signalCode !== null) return;
    const exited = new Promise((r) => app.once("exit", r));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
  };
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (app.exitCode !== null) throw new Error("The app exited before it was ready");
      const ok = await fetch(`${baseUrl}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error("The app did not become healthy in 90 s");
      await new Promise((r) => setTimeout(r, 300));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, stop };
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
