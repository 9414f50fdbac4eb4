/**
 * The database the registry benchmark runs against.
 *
 * - With DATABASE_URL: that server as it is. It must already hold the national data
 *   set and the demo accounts (`npm run db:seed` then `npm run db:generate-national
 *   -- --yes`); the benchmark writes nothing there.
 * - Without: its own persistent embedded server under `.data/bench-pg` (migrations,
 *   demo data, and the national set generated on first use, ~2 minutes; kept for the
 *   next run). Not the dev database `.data/pg`: a million synthetic SMEs would change
 *   what everyone's `npm run dev` shows, and only one process may run a data folder's
 *   server, so benchmarking must not stop somebody's dev server.
 */
import pg from "pg";
import { openDevDatabase, type DevDatabase } from "../../../scripts/lib/dev-database";
import { DEFAULT_OPTIONS } from "../../../scripts/lib/national/context";
import { findExisting, generateNational, matches } from "../../../scripts/lib/national/dataset";

const BENCH_DATA_DIR = ".data/bench-pg";

async function existing(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await findExisting(client);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(log: (line: string) => void): Promise<DevDatabase> {
  const db = await openDevDatabase({ log, dataDir: BENCH_DATA_DIR });
  try {
    const found = await existing(db.url);
    if (found && matches(found, DEFAULT_OPTIONS)) {
      log(
        `National data set present (${found.clusters.toLocaleString("en")} clusters, ${found.smes.toLocaleString("en")} SMEs, seed ${found.seed})`,
      );
      return db;
    }
    if (!db.isEmbedded) {
      throw new Error(
        "The database at DATABASE_URL does not hold the national data set. Generate it first: npm run db:generate-national -- --yes",
      );
    }
    log("Generating the national data set into the benchmark database (first run only)…");
    const result = await generateNational(db.url, DEFAULT_OPTIONS, { replace: Boolean(found), log: (l) => log(`  ${l}`) });
    log(`Generated in ${result.seconds.toFixed(1)} s`);
    return db;
  } catch (err) {
    await db.stop();
    throw err;
  }
}
