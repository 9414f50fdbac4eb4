/**
 * The national-scale synthetic data set: its steps run in order inside ONE
 * transaction, so a database holds either the whole set or none of it. Later
 * benchmarks add steps (diagnoses, disbursements) to STEPS; each removes its own rows.
 */
import pg from "pg";
import { loadAreas } from "../../../prisma/areas";
import { assignmentsStep } from "./assignments";
import { clustersStep } from "./clusters";
import { ID_PREFIX, type NationalOptions, type NationalStep, type StepContext } from "./context";
import { diagnosesStep } from "./diagnoses";
import { financingStep } from "./financing";
import { outcomesStep } from "./outcomes";
import { smesStep } from "./smes";

const STEPS: readonly NationalStep[] = [clustersStep, smesStep, assignmentsStep, diagnosesStep, financingStep, outcomesStep];

export interface ExistingDataset {
  clusters: number;
  smes: number;
  seed: number | null;
}

/** The generated set already in the database, if any. */
export async function findExisting(client: pg.ClientBase): Promise<ExistingDataset | null> {
  const { rows } = await client.query<{ clusters: string; smes: string; note: string | null }>(
    `SELECT (SELECT count(*) FROM cluster WHERE id LIKE $1) AS clusters,
            (SELECT count(*) FROM sme WHERE id LIKE $2) AS smes,
            (SELECT notes FROM cluster WHERE id LIKE $1 ORDER BY id LIMIT 1) AS note`,
    [`${ID_PREFIX}c-%`, `${ID_PREFIX}s-%`],
  );
  const row = rows[0]!;
  const clusters = Number(row.clusters);
  const smes = Number(row.smes);
  if (!clusters && !smes) return null;
  const seed = /seed (\d+)/.exec(row.note ?? "")?.[1];
  return { clusters, smes, seed: seed ? Number(seed) : null };
}

export function matches(existing: ExistingDataset, options: NationalOptions): boolean {
  return existing.clusters === options.clusters && existing.smes === options.smes && existing.seed === options.seed;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

export interface GenerateResult {
  seconds: number;
  summaries: string[];
}

/**
 * Generates the set into `url` (replacing an existing one when `replace`). The caller
 * decides whether that is wanted (see scripts/generate-national.ts).
 */
export async function generateNational(
  url: string,
  options: NationalOptions,
  { replace = false, log = console.log }: { replace?: boolean; log?: (line: string) => void } = {},
): Promise<GenerateResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  const summaries: string[] = [];
  try {
    await loadAreas(client, log);
    await client.query("BEGIN");
    // Bulk work: more memory for index maintenance and sorts, no wait for the WAL flush.
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query(`SET LOCAL work_mem = '64MB'`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    // Re-building the SME search index takes the sme table for itself: fail clearly
    // rather than wait forever behind another session's open transaction.
    await client.query(`SET LOCAL lock_timeout = '60s'`);
    if (replace) {
      const t = performance.now();
      for (const step of [...STEPS].reverse()) await step.remove(client);
      log(`Removed the previous national data set (${seconds(t)} s)`);
    }
    const ctx: StepContext = { client, options, log, clusters: [] };
    for (const step of STEPS) {
      const t = performance.now();
      log(`${step.name}…`);
      const summary = await step.run(ctx);
      summaries.push(summary);
      log(`✓ ${summary} (${seconds(t)} s)`);
    }
    const t = performance.now();
    await client.query("COMMIT");
    log(`Committed (${seconds(t)} s)`);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    if ((err as { code?: string }).code === "55P03") {
      throw new Error(
        "Another session kept the cluster/sme tables busy for 60 s (an open transaction, a running app?); nothing was written. Stop it and try again.",
        { cause: err },
      );
    }
    throw err;
  }
  try {
    // Fresh statistics for the planner, and a visibility map for index-only scans.
    const t = performance.now();
    await client.query(`VACUUM (ANALYZE) cluster, sme, consultant_assignment`);
    log(`Vacuumed and analysed (${seconds(t)} s)`);
  } finally {
    await client.end();
  }
  return { seconds: (performance.now() - started) / 1000, summaries };
}
