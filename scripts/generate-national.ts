/**
 * npm run db:generate-national [-- --yes] [--replace] [--clusters N] [--smes N] [--seed N]
 *
 * Fills a database with the national-scale synthetic data set (15,000 clusters in all
 * 38 provinces, 1,000,000 SMEs, the demo consultant on ~40 of them): deterministic for
 * a seed, made inside PostgreSQL in one transaction. With no DATABASE_URL it works on
 * the embedded dev database (.data/pg, as `npm run dev`; stop the dev server first:
 * only one process can run that server). A server named by DATABASE_URL is written to
 * only with --yes. Running it again is a no-op; --replace makes the set anew.
 */
import "dotenv/config";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDevDatabase, type DevDatabase } from "./lib/dev-database";
import { DEFAULT_OPTIONS, type NationalOptions } from "./lib/national/context";
import { findExisting, generateNational, matches } from "./lib/national/dataset";

const log = (line: string) => console.log(`[national] ${line}`);

const { values } = parseArgs({
  options: {
    yes: { type: "boolean", default: false },
    replace: { type: "boolean", default: false },
    clusters: { type: "string" },
    smes: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log("Usage: npm run db:generate-national -- [--yes] [--replace] [--clusters N] [--smes N] [--seed N]");
  process.exit(0);
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1 || n > 50_000_000) {
    console.error(`--${name} must be a whole number from 1 to 50,000,000`);
    process.exit(2);
  }
  return n;
}

const options: NationalOptions = {
  ...DEFAULT_OPTIONS,
  clusters: count(values.clusters, DEFAULT_OPTIONS.clusters, "clusters"),
  smes: count(values.smes, DEFAULT_OPTIONS.smes, "smes"),
  seed: count(values.seed, DEFAULT_OPTIONS.seed, "seed"),
};

if (process.env.DATABASE_URL && !values.yes) {
  const target = new URL(process.env.DATABASE_URL);
  console.error(
    `DATABASE_URL is set (${target.hostname}:${target.port || 5432}${target.pathname}). This writes ${options.smes.toLocaleString("en")} synthetic SMEs into it.\n` +
      "Never do that on a real deployment. If this is a scratch database, run again with --yes.",
  );
  process.exit(2);
}

let database: DevDatabase | undefined;
const stop = async (code: number) => {
  await database?.stop().catch(() => {});
  process.exit(code);
};
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));

try {
  database = await openDevDatabase({ log, onStarted: (db) => (database = db) });
  const client = new pg.Client({ connectionString: database.url });
  client.on("error", () => {});
  await client.connect();
  const existing = await findExisting(client).finally(() => client.end());
  if (existing && !values.replace) {
    const what = `${existing.clusters.toLocaleString("en")} clusters, ${existing.smes.toLocaleString("en")} SMEs, seed ${existing.seed ?? "?"}`;
    if (matches(existing, options)) {
      log(`The national data set is already here (${what}); nothing to do. --replace makes it anew.`);
      await stop(0);
    }
    console.error(`[national] Another national data set is here (${what}). Run with --replace to remove it and generate this one.`);
    await stop(1);
  }
  log(
    `Generating ${options.clusters.toLocaleString("en")} clusters and ${options.smes.toLocaleString("en")} SMEs (seed ${options.seed})${existing ? ", replacing the previous set" : ""}…`,
  );
  const result = await generateNational(database.url, options, { replace: Boolean(existing), log });
  log(`Done in ${result.seconds.toFixed(1)} s.`);
  await stop(0);
} catch (err) {
  console.error(`[national] ${err instanceof Error ? err.message : String(err)}`);
  await stop(1);
}
