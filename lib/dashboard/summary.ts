import "server-only";
import { getPool } from "@/lib/db";
import { BASE_TABLES, DATA_VERSION_SQL } from "@/lib/dashboard/summary-sql";
import { logger } from "@/lib/logger";

export interface DataState {
  /** The data version (DATA_VERSION_SQL in summary-sql.ts). */
  version: string;
  /** The summary views (migration dashboard_summaries): when and at which version they were refreshed. */
  summary: { refreshedAt: Date; version: string } | null;
}

/** The data version and the summary views' state, in one round trip. */
async function readDataState(): Promise<DataState> {
  const { rows } = await getPool().query<{ version: string | null; refreshed_at: Date | null; data_version: string | null }>(
    // "refreshedAt" is UTC wall time (a Prisma DateTime column): read it as such.
    `SELECT (${DATA_VERSION_SQL}) AS version, s."refreshedAt" AT TIME ZONE 'UTC' AS refreshed_at, s."dataVersion" AS data_version
       FROM (SELECT 1) AS one LEFT JOIN dashboard_summary_state s ON s.id = 1`,
    [BASE_TABLES],
  );
  const row = rows[0]!;
  const version = row.version ?? "0";
  // Without the state row the aggregations run on the base tables (same numbers, slower).
  if (!row.refreshed_at) return { version, summary: null };
  return { version, summary: { refreshedAt: row.refreshed_at, version: row.data_version ?? "" } };
}

let reading: Promise<DataState> | null = null;

/**
 * The data state, read once for all the requests that ask while a read is under way:
 * at 20 concurrent users each process would otherwise send this query with every
 * dashboard request. A request that joins gets a read that started before it asked,
 * at most one round trip earlier; PostgreSQL publishes its table counters (the data
 * version) within about a second of a change anyway.
 */
export function getDataState(): Promise<DataState> {
  reading ??= readDataState().finally(() => {
    reading = null;
  });
  return reading;
}

let refreshing: Promise<boolean> | null = null;
let nextStartAllowed = 0;
/** Refreshes run to the end by this process: a request that waited sees whether one ran meanwhile. */
let refreshesDone = 0;

/**
 * Refreshes the summary views when the data moved on since their last refresh
 * (REFRESH … CONCURRENTLY: readers keep the previous contents meanwhile). One refresh
 * at a time across app processes (advisory lock). After a refresh that took d ms, the
 * next may start d ms after it ended at the earliest, so refreshing takes at most half
 * of one database connection's time however often the data changes: on a small
 * database that is at once; nationally (≈ 30 s a refresh) every minute or so.
 * A request that finds the next start due within its wait (`waitMs`) waits for it
 * rather than showing the previous summaries. Resolves to true when a refresh ran to the end.
 */
async function refreshSummariesIfStale(state: DataState, waitMs: number): Promise<boolean> {
  if (!state.summary || state.summary.version === state.version) return false;
  if (refreshing) return refreshing;
  const due = nextStartAllowed - Date.now();
  if (due > waitMs) return false;
  if (due > 0) {
    const before = refreshesDone;
    // Timers count whole milliseconds and may fire up to one early.
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(due) + 1));
    // Another request may have started one meanwhile, or run one to the end (read again).
    if (refreshing) return refreshing;
    if (refreshesDone !== before) return true;
  }
  refreshing = (async () => {
    const started = performance.now();
    const client = await getPool().connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext('dashboard_refresh')) AS locked`);
      if (!rows[0]?.locked) return false;
      try {
        await client.query(`SELECT dashboard_refresh($1)`, [state.version]);
        logger.info({ ms: Math.round(performance.now() - started) }, "dashboard summaries refreshed");
        refreshesDone += 1;
        return true;
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtext('dashboard_refresh'))`);
      }
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.message : String(err) }, "dashboard summary refresh failed");
      return false;
    } finally {
      client.release();
      const took = performance.now() - started;
      nextStartAllowed = Date.now() + took;
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * How long a request waits for a refresh it started before it shows the previous
 * summaries: 400 ms, or DASHBOARD_REFRESH_WAIT_MS (the integration test of freshness
 * waits longer, so that a machine busy with other tests cannot make it fail).
 */
function refreshWaitMs(): number {
  const configured = Number(process.env.DASHBOARD_REFRESH_WAIT_MS || Number.NaN);
  return Number.isFinite(configured) && configured >= 0 ? configured : 400;
}

/**
 * The state to read the dashboard at: while the summaries are stale and the wait
 * (refreshWaitMs) lasts, a refresh runs (or the one under way is joined) and the state is
 * read again, so that a refresh joined mid-way, which may predate the request's change,
 * is followed by one that does not. A small database ends within the wait and the request
 * reads fresh views; otherwise it reads the previous ones, dated by their refresh time.
 */
export async function currentDataState(): Promise<DataState> {
  let state = await getDataState();
  const deadline = Date.now() + refreshWaitMs();
  while (state.summary && state.summary.version !== state.version) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    let timer: NodeJS.Timeout | undefined;
    const refreshed = await Promise.race([
      refreshSummariesIfStale(state, left),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), left);
      }),
    ]);
    clearTimeout(timer);
    if (!refreshed) break;
    // A read of its own: one already under way may have started before the refresh ended.
    state = await readDataState();
  }
  return state;
}

/** For tests, the seed and the benchmark: refresh now at the current data version, and wait. */
export async function refreshSummariesNow(): Promise<void> {
  const state = await readDataState();
  if (!state.summary) return;
  await getPool().query(`SELECT dashboard_refresh($1)`, [state.version]);
}
