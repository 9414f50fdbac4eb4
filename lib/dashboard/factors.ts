import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { queryRows, share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { GROUP_ORDER } from "@/lib/dashboard/labels";
import { clusterWhereSql, SqlParams, type SourceOptions } from "@/lib/dashboard/sql";

interface GroupScore {
  group: string;
  /** Mean of the group score (0..100) over the clusters' latest approved diagnoses; null when none. */
  average: number | null;
  clusters: number;
}

interface HoldingBack {
  indicator: string;
  group: string;
  clusters: number;
  /** Of the clusters with a latest approved diagnosis in the same slice. */
  share: number;
}

export interface FactorScores {
  /** Clusters (matching the filters) that have an approved diagnosis. */
  diagnosed: number;
  groups: GroupScore[];
}

export interface HoldsBackData {
  diagnosed: number;
  national: HoldingBack[];
  /** Per current province: its diagnosed clusters and its indicators, most frequent first. */
  byProvince: Array<{ code: string; name: string; diagnosed: number; indicators: HoldingBack[] }>;
}

type User = Pick<SessionUser, "id" | "role">;

/**
 * Each matching cluster's latest approved diagnosis (on the chosen instrument version,
 * when one is chosen), from StageHistory's (clusterId, decidedAt) index.
 */
function latestCte(
  user: User,
  params: DashboardParams,
  q: SqlParams,
  { summary = false }: SourceOptions,
  columns: "scores" | "holds",
): string {
  const where = clusterWhereSql(user, params, q);
  if (summary) {
    // Only the arrays this query reads: the CTE is kept in memory, not spilled.
    return `latest AS (
      SELECT c.id AS cluster_id, c."provinceCode" AS province, ${columns === "scores" ? "m.groups, m.scores" : "m.hold_codes, m.hold_groups"}
      FROM cluster c
      JOIN dashboard_latest_diagnosis m ON m.cluster_id = c.id AND ${params.instrument ? `m.instrument_version = ${q.p(params.instrument)}` : "m.is_latest"}
      WHERE ${where}
    )`;
  }
  const version = params.instrument
    ? `JOIN diagnosis ld ON ld.id = sh."diagnosisId" AND ld."instrumentVersion" = ${q.p(params.instrument)}`
    : "";
  return `latest AS (
    SELECT c.id AS cluster_id, c."provinceCode" AS province, l.diagnosis_id
    FROM cluster c
    CROSS JOIN LATERAL (
      SELECT sh."diagnosisId" AS diagnosis_id FROM stage_history sh ${version}
      WHERE sh."clusterId" = c.id
      ORDER BY sh."decidedAt" DESC, sh.id DESC
      LIMIT 1
    ) l
    WHERE ${where}
  )`;
}

/** Average group scores (the radar) over the latest approved diagnosis of each matching cluster. */
export async function getFactorScores(user: User, params: DashboardParams, opts: SourceOptions = {}): Promise<FactorScores> {
  const q = new SqlParams();
  const scores = opts.summary
    ? `SELECT u.g, avg(u.s)::float8, count(u.s)::int FROM latest, unnest(latest.groups, latest.scores) AS u(g, s) GROUP BY u.g`
    : `SELECT ds."groupCode", avg(ds.score)::float8, count(ds.score)::int
       FROM latest JOIN diagnosis_score ds ON ds."diagnosisId" = latest.diagnosis_id AND ds."indicatorCode" IS NULL
       GROUP BY ds."groupCode"`;
  const rows = await queryRows<{ group: string | null; average: number | null; n: number }>(
    `WITH ${latestCte(user, params, q, opts, "scores")}
     SELECT NULL AS "group", NULL::float8 AS average, count(*)::int AS n FROM latest
     UNION ALL
     ${scores}`,
    q,
  );
  const diagnosed = rows.find((r) => r.group === null)?.n ?? 0;
  const found = new Map(rows.filter((r) => r.group !== null).map((r) => [r.group!, r]));
  const order = [...GROUP_ORDER, ...[...found.keys()].filter((g) => !GROUP_ORDER.includes(g)).sort()];
  return {
    diagnosed,
    groups: order.map((group) => {
      const r = found.get(group);
      return { group, average: r && r.n > 0 ? r.average : null, clusters: r?.n ?? 0 };
    }),
  };
}

/** How often each indicator holds clusters back in their latest approved diagnosis, nationally and per province. */
export async function getHoldsBack(user: User, params: DashboardParams, opts: SourceOptions = {}): Promise<HoldsBackData> {
  const q = new SqlParams();
  const holds = opts.summary
    ? `SELECT latest.province, u.indicator, u.grp FROM latest, unnest(latest.hold_codes, latest.hold_groups) AS u(indicator, grp)`
    : `SELECT latest.province, ds."indicatorCode" AS indicator, ds."groupCode" AS grp
       FROM latest JOIN diagnosis_score ds ON ds."diagnosisId" = latest.diagnosis_id
       WHERE ds."indicatorCode" IS NOT NULL AND ds."holdsBack"`;
  const rows = await queryRows<{
    province: string | null;
    name: string | null;
    indicator: string | null;
    group: string | null;
    n: number;
    g: number;
  }>(
    `WITH ${latestCte(user, params, q, opts, "holds")},
     holds AS (${holds}),
     counts AS (
       SELECT province, indicator, grp AS "group", count(*)::int AS n, GROUPING(province)::int AS g
       FROM holds
       GROUP BY GROUPING SETS ((indicator, grp), (province, indicator, grp))
     ),
     diagnosed AS (
       SELECT province, NULL AS indicator, NULL AS "group", count(*)::int AS n, GROUPING(province)::int + 2 AS g
       FROM latest GROUP BY ROLLUP (province)
     )
     SELECT x.province, p.name, x.indicator, x."group", x.n, x.g
     FROM (SELECT * FROM counts UNION ALL SELECT * FROM diagnosed) x
     LEFT JOIN province p ON p.code = x.province`,
    q,
  );
  // g: 0 = province × indicator, 1 = national indicator, 2 = province denominator, 3 = national denominator.
  const diagnosed = rows.find((r) => r.g === 3)?.n ?? 0;
  const provinceDiagnosed = new Map(rows.filter((r) => r.g === 2).map((r) => [r.province!, { n: r.n, name: r.name ?? r.province! }]));
  const sortDesc = (a: HoldingBack, b: HoldingBack) => b.clusters - a.clusters || a.indicator.localeCompare(b.indicator);
  const national = rows
    .filter((r) => r.g === 1)
    .map((r) => ({ indicator: r.indicator!, group: r.group!, clusters: r.n, share: share(r.n, diagnosed) }))
    .sort(sortDesc);
  const perProvince = new Map<string, HoldingBack[]>();
  for (const r of rows.filter((x) => x.g === 0)) {
    const list = perProvince.get(r.province!) ?? [];
    list.push({ indicator: r.indicator!, group: r.group!, clusters: r.n, share: share(r.n, provinceDiagnosed.get(r.province!)?.n ?? 0) });
    perProvince.set(r.province!, list);
  }
  const byProvince = [...provinceDiagnosed.entries()]
    .map(([code, { n, name }]) => ({ code, name, diagnosed: n, indicators: (perProvince.get(code) ?? []).sort(sortDesc) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { diagnosed, national, byProvince };
}
