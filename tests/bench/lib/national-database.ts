/**
 * The database every benchmark runs against: the national data set (clusters, SMEs,
 * assignments, diagnoses, financing and outcomes: all steps of scripts/lib/national).
 *
 * - With DATABASE_URL: that server as it is; it must already hold the national set and
 *   the demo accounts (`npm run db:seed`, then `npm run db:generate-national -- --yes`);
 *   a benchmark writes nothing there. A set made before the diagnoses/financing steps
 *   existed gets them only with BENCH_ADD_SUPPORT=1 (that writes into the database).
 * - Without: its own persistent embedded server under `.data/bench-pg`, generated on
 *   first use (about 9 minutes on two cores) and kept for the next run. Not the dev
 *   database `.data/pg`: a million synthetic SMEs would change what everyone's `npm run
 *   dev` shows, and only one process may serve a data folder, so a benchmark must not
 *   stop somebody's dev server. Benchmarks run one at a time (they measure the machine).
 */
import pg from "pg";
import { openDevDatabase, type DevDatabase } from "../../../scripts/lib/dev-database";
import { DEFAULT_OPTIONS } from "../../../scripts/lib/national/context";
import { findExisting, generateNational, matches } from "../../../scripts/lib/national/dataset";
import { generateSupportData, hasSupportData } from "../../../scripts/lib/national/financing";

const BENCH_DATA_DIR = ".data/bench-pg";

async function inspect(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return { found: await findExisting(client), support: await hasSupportData(client) };
  } finally {
    await client.end();
  }
}

export async function openNationalBenchDatabase(log: (line: string) => void): Promise<DevDatabase> {
  const db = await openDevDatabase({ log, dataDir: BENCH_DATA_DIR });
  try {
    const { found, support } = await inspect(db.url);
    if (found && matches(found, DEFAULT_OPTIONS)) {
      if (!support) {
        if (!db.isEmbedded && process.env.BENCH_ADD_SUPPORT !== "1")
          throw new Error(
            "The national set at DATABASE_URL lacks diagnoses, financing or yearly outcomes. Add them with BENCH_ADD_SUPPORT=1 (writes into that database).",
          );
        log("Adding diagnoses, financing and yearly outcomes to the national data set…");
        await generateSupportData(db.url, DEFAULT_OPTIONS, (l) => log(`  ${l}`));
      }
      log(
        `National data set present (${found.clusters.toLocaleString("en")} clusters, ${found.smes.toLocaleString("en")} SMEs, seed ${found.seed})`,
      );
      return db;
    }
    if (!db.isEmbedded)
      throw new Error(
        "The database at DATABASE_URL does not hold the national data set. Generate it first: npm run db:generate-national -- --yes",
      );
    log("Generating the national data set into the benchmark database (first run only)…");
    const result = await generateNational(db.url, DEFAULT_OPTIONS, { replace: Boolean(found), log: (l) => log(`  ${l}`) });
    log(`Generated in ${result.seconds.toFixed(1)} s`);
    return db;
  } catch (err) {
    await db.stop();
    throw err;
  }
}
