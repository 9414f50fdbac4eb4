/**
 * The database a local command works on, the way `npm run dev` finds it: the server
 * named by DATABASE_URL as it is, or else the embedded PostgreSQL kept under
 * `.data/pg` (started here, database `sentra`, demo data loaded). Migrations are
 * applied either way. Shared by scripts/run.ts and the data generators.
 *
 * Only one process may run the embedded server of a data folder: a second command is
 * refused with DataDirInUseError while the first runs, and a server left behind by a
 * command that was killed is stopped and taken over (see claimDataDir).
 */
import path from "node:path";
import { ensureDatabase, resolveDataDir, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
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
    const supervised = await superviseEmbedded(dataDir, log);
    adminUrl = supervised.adminUrl;
    db = { url: supervised.urlFor("sentra"), isEmbedded: true, stop: () => supervised.stop() };
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The embedded server, restarted by itself when it dies (a crash, `kill -9` of the
 * postmaster): same data folder, port and password, so the app's DATABASE_URL stays
 * valid and its pools reconnect on their next query. PostgreSQL runs crash recovery
 * from its WAL on start; a restart is retried with back-off while the old server's
 * backends are still exiting (they hold its shared memory for a moment).
 */
async function superviseEmbedded(dataDir: string, log: (line: string) => void): Promise<EmbeddedPostgres> {
  let stopping = false;
  let restarting = false;
  let current: EmbeddedPostgres;
  const start = (port?: number, password?: string) =>
    startEmbeddedPostgres({
      dataDir,
      persistent: true,
      log,
      port,
      password,
      onUnexpectedExit: (reason) => void restart(reason),
    });
  async function restart(reason: string) {
    if (stopping || restarting) return;
    restarting = true;
    log(reason.trim());
    const died = Date.now();
    for (let attempt = 1; !stopping; attempt++) {
      try {
        current = await start(current.port, current.password);
        log(`Embedded PostgreSQL restarted after ${Date.now() - died} ms (attempt ${attempt})`);
        break;
      } catch (err) {
        log(`Restart attempt ${attempt} failed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`);
        await sleep(Math.min(200 * attempt, 2_000));
      }
    }
    restarting = false;
  }
  current = await start();
  return {
    get adminUrl() {
      return current.adminUrl;
    },
    get port() {
      return current.port;
    },
    get password() {
      return current.password;
    },
    dataDir,
    urlFor: (database) => current.urlFor(database),
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
