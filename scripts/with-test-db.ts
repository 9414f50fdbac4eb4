/**
 * tsx scripts/with-test-db.ts <command…>
 * Starts a throw-away PostgreSQL (embedded, or a scratch database on DATABASE_URL's
 * server), builds a template database from the migrations plus the reference areas,
 * runs the command with SENTRA_TEST_ADMIN_URL / SENTRA_TEST_TEMPLATE set, and removes
 * everything afterwards. Each test worker copies the template (tests/integration/setup.ts).
 */
import { spawn } from "node:child_process";
import pg from "pg";
import { applyMigrations } from "./lib/migrate";
import { ensureDatabase, withThrowawayServer } from "./lib/throwaway-db";
import { loadAreas } from "../prisma/areas";

const command = process.argv.slice(2);
if (!command.length) {
  console.error("Usage: tsx scripts/with-test-db.ts <command…>");
  process.exit(2);
}

const code = await withThrowawayServer(async (server) => {
  const template = `sentra_template_${process.pid}`;
  await ensureDatabase(server.adminUrl, template);
  await applyMigrations(server.urlFor(template));
  const client = new pg.Client({ connectionString: server.urlFor(template) });
  await client.connect();
  await loadAreas(client);
  await client.end();

  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      stdio: "inherit",
      shell: process.platform === "win32",
      env: { ...process.env, SENTRA_TEST_ADMIN_URL: server.adminUrl, SENTRA_TEST_TEMPLATE: template, NODE_ENV: "test" },
    });
    child.on("exit", (c) => resolve(c ?? 1));
  });

  // On an external server, leave nothing behind.
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${template}%`]);
    for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    await admin.end();
  }
  return exitCode;
});
process.exit(code);
