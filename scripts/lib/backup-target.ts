/**
 * The database `db:backup` / `db:restore` work on: DATABASE_URL when set; else the
 * embedded server of `.data/pg`: the one `npm run dev`/`npm start` is running (found
 * from its postmaster.pid, reached with its password file), or, when none runs, one
 * started here for the duration of the command (without loading the demo data).
 */
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { besideDataDir, ensureDatabase, isAlive, resolveDataDir, startEmbeddedPostgres } from "./embedded-postgres";

export interface Target {
  url: string;
  describe: string;
  close(): Promise<void>;
}

export async function openTarget(database: string, { create = false } = {}): Promise<Target> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    if (database !== "sentra") url.pathname = `/${database}`;
    return { url: url.toString(), describe: `${url.host}${url.pathname}`, close: async () => {} };
  }
  const dataDir = await resolveDataDir(path.resolve(".data/pg"));
  const passwordFile = besideDataDir(dataDir, "password");
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile) && existsSync(passwordFile)) {
    const lines = (await fs.readFile(pidFile, "utf8")).split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (isAlive(pid) && port > 0) {
      const password = (await fs.readFile(passwordFile, "utf8")).trim();
      const admin = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`;
      if (create) await ensureDatabase(admin, database);
      return {
        url: `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
        describe: `the running embedded server (port ${port}), database ${database}`,
        close: async () => {},
      };
    }
  }
  const server = await startEmbeddedPostgres({ dataDir, persistent: true });
  if (create) await ensureDatabase(server.adminUrl, database);
  return { url: server.urlFor(database), describe: `the embedded server (${dataDir}), database ${database}`, close: () => server.stop() };
}
