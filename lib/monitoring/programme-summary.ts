import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { dashboardParams, type DashboardParams } from "@/lib/dashboard/filters";
import { clusterWhereSql, SqlParams } from "@/lib/dashboard/sql";
import { compareGroups, growthSinceBaseline } from "@/lib/monitoring/growth";
import { assertCan } from "@/lib/support/authorize";

type Viewer = Pick<SessionUser, "id" | "role">;

/** No filter: the /agenda page's summary (every designated sentra in scope). */
const NO_FILTER: DashboardParams = dashboardParams.parse({});

export interface AgendaCompletionRow {
  provinceCode: string;
  province: string;
  designated: number;
  savingsDone: number;
  organisationDone: number;
}

type SupportGroup = "supported" | "notSupported";

export interface SupportComparisonRow {
  group: SupportGroup;
  count: number;
  medianGrowth: number | null;
}

/**
 * Agenda completion per province: designated active sentra in the viewer's scope (and
 * the dashboard's cluster filters, lib/dashboard/sql.ts), and how many have each stored
 * agenda line done (docs/monitoring.md). The year filter does not apply: a status is
 * the line's state now.
 */
export async function getAgendaCompletionByProvince(viewer: Viewer, params: DashboardParams = NO_FILTER): Promise<AgendaCompletionRow[]> {
  assertCan(viewer, "monitoring:read");
  const q = new SqlParams();
  return prisma.$queryRawUnsafe<AgendaCompletionRow[]>(
    `SELECT p.code AS "provinceCode", p.name AS province, count(*)::int AS designated,
            count(*) FILTER (WHERE s.status = 'DONE')::int AS "savingsDone",
            count(*) FILTER (WHERE o.status = 'DONE')::int AS "organisationDone"
       FROM cluster c
       JOIN province p ON p.code = c."provinceCode"
       LEFT JOIN cluster_savings_service s ON s."clusterId" = c.id
       LEFT JOIN sme_organisation o ON o."clusterId" = c.id
      WHERE c."isDesignated" AND ${clusterWhereSql(viewer, params, q)}
      GROUP BY p.code, p.name ORDER BY p.name`,
    ...q.values,
  );
}

/**
 * Median growth of production value since baseline, for sentra that received BDS
 * services or MAP money between their baseline and latest year against those that did
 * not, with the number of sentra on each side. A comparison, not an effect estimate:
 * supported sentra were chosen for support, so they differ in other ways too.
 * Reversed entries and their reversals do not count as support. The dashboard's
 * cluster filters narrow the sentra; its year filter ends the series at that year
 * (growth from the baseline up to it).
 */
export async function getSupportComparison(viewer: Viewer, params: DashboardParams = NO_FILTER): Promise<SupportComparisonRow[]> {
  assertCan(viewer, "monitoring:read");
  const q = new SqlParams();
  const where = clusterWhereSql(viewer, params, q);
  const upTo = params.year ? `AND o.year <= ${q.p(params.year)}` : "";
  const rows = await prisma.$queryRawUnsafe<Array<{ clusterId: string; year: number; productionValue: bigint; supported: boolean }>>(
    `WITH span AS (
       SELECT o."clusterId", min(o.year) AS first, max(o.year) AS last
         FROM cluster_outcome o JOIN cluster c ON c.id = o."clusterId"
        WHERE ${where} ${upTo}
        GROUP BY o."clusterId" HAVING count(*) >= 2
     ), supported AS (
       SELECT s."clusterId", s.last,
              EXISTS (SELECT 1 FROM service_delivery d
                       WHERE d."clusterId" = s."clusterId" AND d."reversesId" IS NULL
                         AND NOT EXISTS (SELECT 1 FROM service_delivery r WHERE r."reversesId" = d.id)
                         AND extract(year FROM d."deliveredOn") BETWEEN s.first AND s.last)
           OR EXISTS (SELECT 1 FROM disbursement b JOIN sme m ON m.id = b."smeId"
                       WHERE m."clusterId" = s."clusterId" AND b."reversesId" IS NULL
                         AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r."reversesId" = b.id)
                         AND extract(year FROM b."disbursedOn") BETWEEN s.first AND s.last) AS supported
         FROM span s
     )
     SELECT o."clusterId", o.year, o."productionValue", sp.supported
       FROM cluster_outcome o JOIN supported sp ON sp."clusterId" = o."clusterId"
      WHERE o.year <= sp.last
      ORDER BY o."clusterId", o.year`,
    ...q.values,
  );
  const byCluster = new Map<string, { supported: boolean; series: Array<{ year: number; value: bigint }> }>();
  for (const r of rows) {
    const entry = byCluster.get(r.clusterId) ?? { supported: r.supported, series: [] };
    entry.series.push({ year: r.year, value: r.productionValue });
    byCluster.set(r.clusterId, entry);
  }
  return compareGroups(
    [...byCluster.values()].map((c) => ({
      group: c.supported ? ("supported" as const) : ("notSupported" as const),
      growth: growthSinceBaseline(c.series),
    })),
    ["supported", "notSupported"] as const,
  );
}
