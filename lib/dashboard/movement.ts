import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { queryRows, share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { clusterWhereSql, jakartaSql, periodSql, SqlParams, utcSql, yearBounds, type SourceOptions } from "@/lib/dashboard/sql";
import { liveLoan } from "@/lib/financing/sql";
import { liveDelivery } from "@/lib/providers/sql";

type User = Pick<SessionUser, "id" | "role">;

export const DIRECTIONS = ["UP", "SAME", "DOWN"] as const;
type Direction = (typeof DIRECTIONS)[number];

interface MovementPeriod {
  period: string;
  up: number;
  same: number;
  down: number;
  total: number;
}

export interface MovementData {
  /** Calendar years, or the quarters of the chosen year. */
  unit: "year" | "quarter";
  periods: MovementPeriod[];
  totals: { up: number; same: number; down: number; total: number };
}

export interface TimeToMove {
  from: string;
  to: string;
  moves: number;
  medianDays: number;
  meanDays: number;
}

export interface SupportEffect {
  group: "SUPPORTED" | "UNSUPPORTED";
  up: number;
  same: number;
  down: number;
  total: number;
  upShare: number;
}

/**
 * Consecutive approved diagnoses of each matching cluster (StageHistory in decision
 * order): one row per transition, with the stage before and after. A transition
 * belongs to the province the cluster was in when the later diagnosis was decided
 * (StageHistory.provinceCode), and to that decision's year or quarter (Jakarta time).
 * `runs` adds, for time-to-move, when the cluster first reached its previous stage
 * (the start of the unbroken run of diagnoses at that stage).
 */
function transitionsCte(
  user: User,
  params: DashboardParams,
  q: SqlParams,
  { runs = false, summary = false }: { runs?: boolean } & SourceOptions = {},
): string {
  const where = clusterWhereSql(user, params, q, { skipProvince: true });
  const filters = ["prev_stage IS NOT NULL"];
  if (params.province) filters.push(`province = ${q.p(params.province)}`);
  if (params.instrument) filters.push(`version = ${q.p(params.instrument)}`);
  if (params.year) {
    const { from, to } = yearBounds(params.year);
    filters.push(`decided_at >= ${utcSql(q.p(from))} AND decided_at < ${utcSql(q.p(to))}`);
  }
  if (summary) {
    return `moves AS (
      SELECT t.cluster_id, t.prev_stage, t.stage, t.prev_at, t.decided_at, t.direction, t.days_in_stage, t.supported
      FROM dashboard_transition t JOIN cluster c ON c.id = t.cluster_id
      WHERE ${where} AND ${filters.map((f) => f.replace(/\b(prev_stage|province|version|decided_at)\b/g, "t.$1")).join(" AND ")}
    )`;
  }
  const runCtes = runs
    ? `, numbered AS (
         SELECT *, sum(CASE WHEN prev_stage IS DISTINCT FROM stage THEN 1 ELSE 0 END) OVER w AS run
         FROM hist WINDOW w AS (PARTITION BY cluster_id ORDER BY decided_at, id)
       ), started AS (
         SELECT *, min(decided_at) OVER (PARTITION BY cluster_id, run) AS run_start FROM numbered
       ), hist2 AS (
         SELECT *, lag(run_start) OVER (PARTITION BY cluster_id ORDER BY decided_at, id) AS prev_run_start FROM started
       )`
    : "";
  return `hist AS (
      SELECT sh.id, sh."clusterId" AS cluster_id, sh.stage, sh."decidedAt" AS decided_at, sh."provinceCode" AS province,
             d."instrumentVersion" AS version,
             lag(sh.stage) OVER w AS prev_stage, lag(sh."decidedAt") OVER w AS prev_at
      FROM stage_history sh
      JOIN diagnosis d ON d.id = sh."diagnosisId"
      JOIN cluster c ON c.id = sh."clusterId"
      WHERE ${where}
      WINDOW w AS (PARTITION BY sh."clusterId" ORDER BY sh."decidedAt", sh.id)
    )${runCtes},
    moves AS (
      SELECT cluster_id, prev_stage, stage, prev_at, decided_at,
             CASE WHEN stage > prev_stage THEN 'UP' WHEN stage < prev_stage THEN 'DOWN' ELSE 'SAME' END AS direction
             ${runs ? ", extract(epoch FROM decided_at - prev_run_start) / 86400.0 AS days_in_stage" : ""}
      FROM ${runs ? "hist2" : "hist"}
      WHERE ${filters.join(" AND ")}
    )`;
}

/** Stage transitions per year (or per quarter of the chosen year): up, same, down. */
export async function getMovement(user: User, params: DashboardParams, opts: SourceOptions = {}): Promise<MovementData> {
  const q = new SqlParams();
  const byQuarter = params.year !== undefined;
  const rows = await queryRows<{ period: string; direction: Direction; n: number }>(
    `WITH ${transitionsCte(user, params, q, opts)}
     SELECT ${periodSql("decided_at", byQuarter)} AS period, direction, count(*)::int AS n
     FROM moves GROUP BY 1, 2 ORDER BY 1`,
    q,
  );
  const periods = new Map<string, MovementPeriod>();
  if (byQuarter)
    for (let k = 1; k <= 4; k++) periods.set(`${params.year}-Q${k}`, { period: `${params.year}-Q${k}`, up: 0, same: 0, down: 0, total: 0 });
  for (const r of rows) {
    const p = periods.get(r.period) ?? { period: r.period, up: 0, same: 0, down: 0, total: 0 };
    if (r.direction === "UP") p.up += r.n;
    else if (r.direction === "DOWN") p.down += r.n;
    else p.same += r.n;
    p.total += r.n;
    periods.set(r.period, p);
  }
  const list = [...periods.values()].sort((a, b) => a.period.localeCompare(b.period));
  const totals = list.reduce((t, p) => ({ up: t.up + p.up, same: t.same + p.same, down: t.down + p.down, total: t.total + p.total }), {
    up: 0,
    same: 0,
    down: 0,
    total: 0,
  });
  return { unit: byQuarter ? "quarter" : "year", periods: list, totals };
}

/**
 * How long clusters take to move up: for each upward transition, the days from the
 * first diagnosis of the unbroken run at the earlier stage to the diagnosis that
 * found the higher stage. Median and mean per (from, to) pair.
 */
export async function getTimeToMove(user: User, params: DashboardParams, opts: SourceOptions = {}): Promise<TimeToMove[]> {
  const q = new SqlParams();
  const rows = await queryRows<{ from: string; to: string; n: number; median: number; mean: number }>(
    `WITH ${transitionsCte(user, params, q, { runs: true, ...opts })},
     ups AS (SELECT prev_stage, stage, days_in_stage AS days FROM moves WHERE direction = 'UP')
     SELECT prev_stage::text AS "from", stage::text AS "to", count(*)::int AS n,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::float8 AS median, avg(days)::float8 AS mean
     FROM ups GROUP BY prev_stage, stage ORDER BY prev_stage, stage`,
    q,
  );
  return rows.map((r) => ({ from: r.from, to: r.to, moves: r.n, medianDays: r.median, meanDays: r.mean }));
}

/**
 * Transitions of clusters that received support between the two diagnoses (a BDS
 * service delivered to the cluster, or a MAP disbursement to one of its SMEs, dated
 * after the earlier decision and on or before the later one, Jakarta dates) next to
 * transitions without any. A reversed delivery or loan (and its reversal) is no support.
 */
export async function getSupportEffect(user: User, params: DashboardParams, opts: SourceOptions = {}): Promise<SupportEffect[]> {
  const q = new SqlParams();
  const marked = opts.summary
    ? `marked AS (SELECT direction, supported FROM moves)`
    : `marked AS (
       SELECT m.direction,
              (EXISTS (SELECT 1 FROM service_delivery sd
                       WHERE sd."clusterId" = m.cluster_id AND ${liveDelivery("sd")}
                         AND sd."deliveredOn" > ${jakartaSql("m.prev_at")}::date
                         AND sd."deliveredOn" <= ${jakartaSql("m.decided_at")}::date)
               OR EXISTS (SELECT 1 FROM disbursement db JOIN sme s ON s.id = db."smeId"
                          WHERE s."clusterId" = m.cluster_id AND ${liveLoan("db")}
                            AND db."disbursedOn" > ${jakartaSql("m.prev_at")}::date
                            AND db."disbursedOn" <= ${jakartaSql("m.decided_at")}::date)) AS supported
       FROM moves m
     )`;
  const rows = await queryRows<{ supported: boolean; direction: Direction; n: number }>(
    `WITH ${transitionsCte(user, params, q, opts)}, ${marked}
     SELECT supported, direction, count(*)::int AS n FROM marked GROUP BY 1, 2`,
    q,
  );
  return (["SUPPORTED", "UNSUPPORTED"] as const).map((group) => {
    const mine = rows.filter((r) => r.supported === (group === "SUPPORTED"));
    const n = (d: Direction) => mine.find((r) => r.direction === d)?.n ?? 0;
    const total = n("UP") + n("SAME") + n("DOWN");
    return { group, up: n("UP"), same: n("SAME"), down: n("DOWN"), total, upShare: share(n("UP"), total) };
  });
}
