/**
 * The database the dashboard benchmark runs against: the national data set with
 * diagnoses and financing (scripts/lib/national, all steps).
 *
 * - With DATABASE_URL: that server as it is; it must hold the national set. When it
 *   lacks the diagnoses/financing rows (a set made before those steps existed), they
 *   are added only if BENCH_ADD_SUPPORT=1 (it writes into that database).
 * - Without: its own persistent embedded server under `.data/dashboard-bench-pg`
 *   (not the registry benchmark's `.data/bench-pg`, so the two benchmarks can run
 *   without stopping each other's server), generated on first use (a few minutes).
 */
import pg from "pg";
import { openDevDatabase, type DevDatabase } from "../../../scripts/lib/dev-database";
import { DEFAULT_OPTIONS } from "../../../scripts/lib/national/context";
import { findExisting, generateNational, matches } from "../../../scripts/lib/national/dataset";
import { generateSupportData, hasSupportData } from "../../../scripts/lib/national/financing";

const DASHBOARD_BENCH_DATA_DIR = ".data/dashboard-bench-pg";

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

export async function openDashboardBenchDatabase(log: (line: string) => void): Promise<DevDatabase> {
  const db = await openDevDatabase({ log, dataDir: DASHBOARD_BENCH_DATA_DIR });
  try {
    const { found, support } = await inspect(db.url);
    if (found && matches(found, DEFAULT_OPTIONS)) {
      if (support) {
        log(
          `National data set present (${found.clusters.toLocaleString("en")} clusters, ${found.smes.toLocaleString("en")} SMEs, diagnoses and financing)`,
        );
        return db;
      }
      if (!db.isEmbedded && process.env.BENCH_ADD_SUPPORT !== "1") {
        throw new Error(
          "The national set at DATABASE_URL has no diagnoses/financing. Add them with BENCH_ADD_SUPPORT=1 (writes into that database).",
        );
      }
      log("Adding diagnoses and financing to the national data set…");
      await generateSupportData(db.url, DEFAULT_OPTIONS, (l) => log(`  ${l}`));
      return db;
    }
    if (!db.isEmbedded)
      throw new Error(
        "The database at DATABASE_URL does not hold the national data set. Generate it first: npm run db:generate-national -- --yes",
      );
    log("Generating the national data set into the dashboard benchmark database (first run only)…");
    const result = await generateNational(db.url, DEFAULT_OPTIONS, { replace: Boolean(found), log: (l) => log(`  ${l}`) });
    log(`Generated in ${result.seconds.toFixed(1)} s`);
    return db;
  } catch (err) {
    await db.stop();
    throw err;
  }
}
