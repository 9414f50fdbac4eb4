import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { queryRows } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { clusterWhereSql, SqlParams, utcSql, yearBounds } from "@/lib/dashboard/sql";

type User = Pick<SessionUser, "id" | "role">;

export const DIAGNOSIS_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
type DiagnosisStatusKey = (typeof DIAGNOSIS_STATUSES)[number];

export interface PipelineRow {
  key: string | null;
  label: string | null;
  /** The consultant's provider (per-consultant rows only). */
  provider?: string | null;
  counts: Record<DiagnosisStatusKey, number>;
  total: number;
  /** Reviews waiting (SUBMITTED): how many, mean and longest wait in days. */
  waiting: number;
  meanWaitDays: number | null;
  maxWaitDays: number | null;
}

export interface PipelineData {
  byStatus: Record<DiagnosisStatusKey, number>;
  total: number;
  waiting: { count: number; meanDays: number | null; maxDays: number | null; buckets: { upTo7: number; upTo30: number; over30: number } };
  byConsultant: PipelineRow[];
  byProvider: PipelineRow[];
}

const emptyCounts = (): Record<DiagnosisStatusKey, number> => ({ DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 0 });

/**
 * Primary diagnoses (blind second scorings are part of their primary's review) of the
 * matching clusters by status; the reviews waiting (SUBMITTED) and for how long; the
 * same per consultant assigned to the cluster (a cluster with two consultants counts
 * for both) and per the cluster's BDS provider. The year filter keeps diagnoses
 * started in that year.
 */
export async function getPipeline(user: User, params: DashboardParams, now: Date = new Date()): Promise<PipelineData> {
  // Kept live (no summary): the review queue should be current.
  const q = new SqlParams();
  const where = clusterWhereSql(user, params, q);
  const filters = [`d.role = 'PRIMARY'`];
  if (params.instrument) filters.push(`d."instrumentVersion" = ${q.p(params.instrument)}`);
  if (params.year) {
    const { from, to } = yearBounds(params.year);
    filters.push(`d."createdAt" >= ${utcSql(q.p(from))} AND d."createdAt" < ${utcSql(q.p(to))}`);
  }
  const nowParam = q.p(now);
  const rows = await queryRows<{
    dim: "all" | "consultant" | "provider";
    key: string | null;
    label: string | null;
    provider: string | null;
    status: DiagnosisStatusKey;
    n: number;
    waiting: number;
    mean_wait: number | null;
    max_wait: number | null;
    b7: number;
    b30: number;
    bover: number;
  }>(
    `WITH per_cluster AS (
       -- Diagnoses are counted per cluster and status first: the joins below then see
       -- one row per cluster instead of one per diagnosis.
       SELECT d."clusterId" AS cluster_id, d.status::text AS status, count(*)::int AS n,
              count(w.wait)::int AS waiting, sum(w.wait) AS wait_sum, max(w.wait) AS wait_max,
              count(*) FILTER (WHERE w.wait <= 7)::int AS b7, count(*) FILTER (WHERE w.wait > 7 AND w.wait <= 30)::int AS b30,
              count(*) FILTER (WHERE w.wait > 30)::int AS bover
       FROM diagnosis d
       CROSS JOIN LATERAL (
         SELECT CASE WHEN d.status = 'SUBMITTED' AND d."submittedAt" IS NOT NULL
                     THEN extract(epoch FROM ${utcSql(nowParam)} - d."submittedAt") / 86400.0 END AS wait
       ) w
       WHERE ${filters.join(" AND ")} AND d."clusterId" IN (SELECT c.id FROM cluster c WHERE ${where})
       GROUP BY 1, 2
     ),
     d AS (SELECT pc.*, c."bdsProviderId" AS provider_id FROM per_cluster pc JOIN cluster c ON c.id = pc.cluster_id),
     agg AS (
       SELECT status, sum(n)::int AS n, sum(waiting)::int AS waiting, (sum(wait_sum) / nullif(sum(waiting), 0))::float8 AS mean_wait,
              max(wait_max)::float8 AS max_wait, sum(b7)::int AS b7, sum(b30)::int AS b30, sum(bover)::int AS bover
       FROM d GROUP BY status
     ),
     per_consultant AS (
       SELECT u.id AS key, u.name AS label, bp.name AS provider, d.status, sum(d.n)::int AS n, sum(d.waiting)::int AS waiting,
              (sum(d.wait_sum) / nullif(sum(d.waiting), 0))::float8 AS mean_wait, max(d.wait_max)::float8 AS max_wait
       FROM d
       LEFT JOIN consultant_assignment ca ON ca."clusterId" = d.cluster_id
       LEFT JOIN "user" u ON u.id = ca."consultantId"
       LEFT JOIN bds_provider bp ON bp.id = u."bdsProviderId"
       GROUP BY u.id, u.name, bp.name, d.status
     ),
     per_provider AS (
       SELECT bp.id AS key, bp.name AS label, d.status, sum(d.n)::int AS n, sum(d.waiting)::int AS waiting,
              (sum(d.wait_sum) / nullif(sum(d.waiting), 0))::float8 AS mean_wait, max(d.wait_max)::float8 AS max_wait
       FROM d LEFT JOIN bds_provider bp ON bp.id = d.provider_id
       GROUP BY bp.id, bp.name, d.status
     )
     SELECT 'all' AS dim, NULL AS key, NULL AS label, NULL AS provider, status, n, waiting, mean_wait, max_wait, b7, b30, bover FROM agg
     UNION ALL
     SELECT 'consultant', key, label, provider, status, n, waiting, mean_wait, max_wait, 0, 0, 0 FROM per_consultant
     UNION ALL
     SELECT 'provider', key, label, NULL, status, n, waiting, mean_wait, max_wait, 0, 0, 0 FROM per_provider`,
    q,
  );

  const byStatus = emptyCounts();
  let waitCount = 0;
  let waitSum = 0;
  let maxDays: number | null = null;
  const buckets = { upTo7: 0, upTo30: 0, over30: 0 };
  for (const r of rows.filter((x) => x.dim === "all")) {
    byStatus[r.status] += r.n;
    if (r.waiting > 0) {
      waitCount += r.waiting;
      waitSum += (r.mean_wait ?? 0) * r.waiting;
      maxDays = Math.max(maxDays ?? 0, r.max_wait ?? 0);
    }
    buckets.upTo7 += r.b7;
    buckets.upTo30 += r.b30;
    buckets.over30 += r.bover;
  }
  const group = (dim: "consultant" | "provider"): PipelineRow[] => {
    const map = new Map<string, PipelineRow & { waitSum: number }>();
    for (const r of rows.filter((x) => x.dim === dim)) {
      const id = r.key ?? "";
      const row = map.get(id) ?? {
        key: r.key,
        label: r.label,
        provider: dim === "consultant" ? r.provider : undefined,
        counts: emptyCounts(),
        total: 0,
        waiting: 0,
        meanWaitDays: null,
        maxWaitDays: null,
        waitSum: 0,
      };
      row.counts[r.status] += r.n;
      row.total += r.n;
      if (r.waiting > 0) {
        row.waiting += r.waiting;
        row.waitSum += (r.mean_wait ?? 0) * r.waiting;
        row.maxWaitDays = Math.max(row.maxWaitDays ?? 0, r.max_wait ?? 0);
      }
      map.set(id, row);
    }
    return (
      [...map.values()]
        .map(({ waitSum, ...row }) => ({ ...row, meanWaitDays: row.waiting > 0 ? waitSum / row.waiting : null }))
        // Longest queues first; the "unassigned"/"no provider" row last.
        .sort(
          (a, b) =>
            Number(a.key === null) - Number(b.key === null) ||
            b.waiting - a.waiting ||
            b.total - a.total ||
            (a.label ?? "").localeCompare(b.label ?? ""),
        )
    );
  };
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return {
    byStatus,
    total,
    waiting: { count: waitCount, meanDays: waitCount > 0 ? waitSum / waitCount : null, maxDays, buckets },
    byConsultant: group("consultant"),
    byProvider: group("provider"),
  };
}
