/**
 * npm run test:e2e — the end-to-end tests in a real browser against the production
 * build: builds the app, starts a throw-away database with the demo data plus test
 * fixtures, serves the build on a free port, runs Playwright, and cleans up.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { ensureDatabase, withThrowawayServer } from "./lib/throwaway-db";
import { CHROMIUM_PATH, spawnApp, waitUntilHealthy } from "./lib/app-process";
import { freePort } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { seedDemo } from "../prisma/seed";
import { seedE2eFixtures } from "../tests/e2e/fixtures/seed";

const chromium = CHROMIUM_PATH;
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

  const app = spawnApp({
    port: await freePort(),
    env: {
      DATABASE_URL: url,
      NEXTAUTH_SECRET: secret,
      // A throw-away copy of the demo database: its demo accounts skip the second factor.
      SENTRA_DEMO_DATABASE: "1",
    },
  });
  const baseUrl = app.baseUrl;
  try {
    await waitUntilHealthy(baseUrl, { timeoutMs: 60_000, exited: app.exited });
    const res = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_DATABASE_URL: url, CHROMIUM_PATH: chromium },
    });
    return res.status ?? 1;
  } finally {
    await app.stop();
  }
});
process.exit(code);
