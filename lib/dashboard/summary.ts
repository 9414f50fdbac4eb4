import "server-only";
import { getPool } from "@/lib/db";
import { BASE_TABLES, DATA_VERSION_SQL } from "@/lib/dashboard/summary-sql";
import { logger } from "@/lib/logger";

export interface DataState {
  /** The data version (DATA_VERSION_SQL in summary-sql.ts). */
  version: string;
  /** The summary views (lib/dashboard/summary-sql.ts), when the database has them. */
  summary: { refreshedAt: Date; version: string } | null;
}

let hasSummary: { value: boolean; checkedAt: number } | undefined;

export async function getDataState(): Promise<DataState> {
  const pool = getPool();
  const now = Date.now();
  const { rows } = await pool.query<{ version: string | null; has_summary: boolean }>(
    `SELECT (${DATA_VERSION_SQL}) AS version,
            ${hasSummary?.value && now - hasSummary.checkedAt < 60_000 ? "true" : "to_regclass('dashboard_summary_state') IS NOT NULL"} AS has_summary`,
    [BASE_TABLES],
  );
  hasSummary = {
    value: rows[0]!.has_summary,
    checkedAt: hasSummary?.value === rows[0]!.has_summary && hasSummary ? hasSummary.checkedAt : now,
  };
  const version = rows[0]!.version ?? "0";
  if (!rows[0]!.has_summary) return { version, summary: null };
  const state = await pool.query<{ refreshed_at: Date; data_version: string }>(
    // "refreshedAt" is UTC wall time (a Prisma DateTime column): read it as such.
    `SELECT "refreshedAt" AT TIME ZONE 'UTC' AS refreshed_at, "dataVersion" AS data_version FROM dashboard_summary_state WHERE id = 1`,
  );
  const row = state.rows[0];
  return { version, summary: row ? { refreshedAt: row.refreshed_at, version: row.data_version } : null };
}

const MIN_REFRESH_INTERVAL_MS = 30_000;
let refreshing: Promise<void> | null = null;
let lastRefreshStart = 0;

/**
 * When the data moved on since the summary views were refreshed, refreshes them in
 * the background (REFRESH … CONCURRENTLY: readers keep the previous contents, and
 * the charts built on them show their refresh time as the data date). One refresh at
 * a time across app instances (advisory lock), at most one start per 30 s here.
 */
export function refreshSummariesIfStale(state: DataState): void {
  if (!state.summary || state.summary.version === state.version || refreshing) return;
  if (Date.now() - lastRefreshStart < MIN_REFRESH_INTERVAL_MS) return;
  lastRefreshStart = Date.now();
  refreshing = (async () => {
    const client = await getPool().connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext('dashboard_refresh')) AS locked`);
      if (!rows[0]?.locked) return;
      try {
        const started = performance.now();
        await client.query(`SELECT dashboard_refresh($1)`, [state.version]);
        logger.info({ ms: Math.round(performance.now() - started) }, "dashboard summaries refreshed");
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtext('dashboard_refresh'))`);
      }
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.message : String(err) }, "dashboard summary refresh failed");
    } finally {
      client.release();
      refreshing = null;
    }
  })();
}

/** For tests and the benchmark: refresh now and wait. */
export async function refreshSummariesNow(): Promise<void> {
  const state = await getDataState();
  if (!state.summary) return;
  await getPool().query(`SELECT dashboard_refresh($1)`, [state.version]);
}
