/**
 * npm run test:e2e — the end-to-end tests in a real browser against the production
 * build: builds the app, starts a throw-away database with the demo data plus test
 * fixtures, serves the build on a free port, runs Playwright, and cleans up.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { ensureDatabase, withThrowawayServer } from "./lib/throwaway-db";
import { freePort } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { seedDemo } from "../prisma/seed";
import { seedE2eFixtures } from "../tests/e2e/fixtures/seed";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. Install Debian's Chromium with \`apt-get install -y chromium\` (or set CHROMIUM_PATH). Never \`npx playwright install\`: it cannot download here.`,
  );
  process.exit(1);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

if (process.env.E2E_SKIP_BUILD !== "1")
  run("npx", ["next", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SENTRA_BUILD_SKIP_TYPECHECK: "1" });

const code = await withThrowawayServer(async (server) => {
  const database = `sentra_e2e_${process.pid}`;
  await ensureDatabase(server.adminUrl, database);
  const url = server.urlFor(database);
  await applyMigrations(url);
  await seedDemo(url, () => {});
  const secret = randomBytes(32).toString("base64");
  await seedE2eFixtures(url, secret);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Node itself (not an npx wrapper) so that SIGTERM reaches the server's shutdown.
  const app: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/run.ts", "start"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: secret,
      // A throw-away copy of the demo database: its demo accounts skip the second factor.
      SENTRA_DEMO_DATABASE: "1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (app.exitCode !== null) throw new Error("The app exited before it was ready");
      const ok = await fetch(`${baseUrl}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error("The app did not become healthy in 60 s");
      await new Promise((r) => setTimeout(r, 300));
    }
    const res = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_DATABASE_URL: url, CHROMIUM_PATH: chromium },
    });
    return res.status ?? 1;
  } finally {
    app.kill("SIGTERM");
    await new Promise((r) => (app.exitCode !== null ? r(null) : app.once("exit", r)));
  }
});
process.exit(code);
