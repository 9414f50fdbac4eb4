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
  // Set-wise, not per cluster: the span is computed once (MATERIALIZED), the support
  // found by joining the ledgers to it, and only each sentra's baseline and latest
  // known value leave the database. Nationally (14,700 sentra with outcomes, 40,000
  // deliveries, 200,000 disbursements) the per-row EXISTS form took 36 s.
  const rows = await prisma.$queryRawUnsafe<Array<{ baseline: bigint | null; latest: bigint | null; known: number; supported: boolean }>>(
    `WITH span AS MATERIALIZED (
       SELECT o."clusterId", min(o.year) AS first, max(o.year) AS last
         FROM cluster_outcome o JOIN cluster c ON c.id = o."clusterId"
        WHERE ${where} ${upTo}
        GROUP BY o."clusterId" HAVING count(*) >= 2
     ), served AS (
       SELECT s."clusterId"
         FROM span s JOIN service_delivery d ON d."clusterId" = s."clusterId"
        WHERE d."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM service_delivery r WHERE r."reversesId" = d.id)
          AND extract(year FROM d."deliveredOn") BETWEEN s.first AND s.last
       UNION
       SELECT s."clusterId"
         FROM disbursement b JOIN sme m ON m.id = b."smeId" JOIN span s ON s."clusterId" = m."clusterId"
        WHERE b."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM disbursement r WHERE r."reversesId" = b.id)
          AND extract(year FROM b."disbursedOn") BETWEEN s.first AND s.last
     )
     SELECT (array_agg(o."productionValue" ORDER BY o.year) FILTER (WHERE o."productionValue" IS NOT NULL))[1] AS baseline,
            (array_agg(o."productionValue" ORDER BY o.year DESC) FILTER (WHERE o."productionValue" IS NOT NULL))[1] AS latest,
            count(o."productionValue")::int AS known,
            EXISTS (SELECT 1 FROM served v WHERE v."clusterId" = s."clusterId") AS supported
       FROM span s JOIN cluster_outcome o ON o."clusterId" = s."clusterId" AND o.year <= s.last
      GROUP BY s."clusterId"`,
    ...q.values,
  );
  return compareGroups(
    rows.map((r) => ({
      group: r.supported ? ("supported" as const) : ("notSupported" as const),
      // The baseline and the latest year with a value are all growthSinceBaseline reads.
      growth:
        r.known >= 2
          ? growthSinceBaseline([
              { year: 0, value: r.baseline },
              { year: 1, value: r.latest },
            ])
          : null,
    })),
    ["supported", "notSupported"] as const,
  );
}
