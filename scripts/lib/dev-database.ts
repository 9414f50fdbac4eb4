/**
 * The database a local command works on, the way `npm run dev` finds it: the server
 * named by DATABASE_URL as it is, or else the embedded PostgreSQL kept under
 * `.data/pg` (started here, database `sentra`, demo data loaded). Migrations are
 * applied either way. Shared by scripts/run.ts and the data generators.
 *
 * Only one process may run the embedded server of a data folder: starting it stops a
 * server still holding that folder (see startEmbeddedPostgres), so do not point two
 * commands at the same folder at once.
 */
import path from "node:path";
import { ensureDatabase, resolveDataDir, startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";
import { seedDemo } from "../../prisma/seed";

export interface DevDatabase {
  url: string;
  /** True when we started the embedded server (and so own its data). */
  isEmbedded: boolean;
  /** Stops the embedded server; does nothing for a DATABASE_URL server. Idempotent. */
  stop(): Promise<void>;
}

export interface OpenDevDatabaseOptions {
  log?: (line: string) => void;
  /** Data folder of the embedded server; `.data/pg` (the dev database) by default. */
  dataDir?: string;
  /**
   * Called as soon as the embedded server runs, before migrations and the seed, so a
   * caller that handles signals can stop it even if those are interrupted.
   */
  onStarted?: (db: DevDatabase) => void;
}

export async function openDevDatabase(options: OpenDevDatabaseOptions = {}): Promise<DevDatabase> {
  const log = options.log ?? (() => {});
  const external = process.env.DATABASE_URL;
  let db: DevDatabase;
  let adminUrl: string | undefined;
  if (external) {
    db = { url: external, isEmbedded: false, stop: async () => {} };
  } else {
    const dataDir = await resolveDataDir(path.resolve(options.dataDir ?? ".data/pg"));
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: true, log });
    adminUrl = embedded.adminUrl;
    db = { url: embedded.urlFor("sentra"), isEmbedded: true, stop: () => embedded.stop() };
    options.onStarted?.(db);
  }
  try {
    if (adminUrl) await ensureDatabase(adminUrl, "sentra");
    const applied = await applyMigrations(db.url, log);
    if (!applied.length) log("Database schema is up to date");
    // Demo data (with known passwords) only ever goes into our own embedded server.
    if (db.isEmbedded) await seedDemo(db.url, log);
  } catch (err) {
    await db.stop().catch(() => {});
    throw err;
  }
  return db;
}
