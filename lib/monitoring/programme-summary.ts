import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { SqlParams, clusterScopeSql } from "@/lib/clusters/access-sql";
import { prisma } from "@/lib/db";
import { compareGroups, growthSinceBaseline } from "@/lib/monitoring/growth";
import { assertCan } from "@/lib/support/authorize";

/**
 * Agenda completion per province: designated active sentra in the viewer's scope, and
 * how many have each stored agenda line done (docs/monitoring.md).
 */
export async function getAgendaCompletionByProvince(viewer: SessionUser) {
  assertCan(viewer, "monitoring:read");
  const q = new SqlParams();
  const rows = await prisma.$queryRawUnsafe<Array<{ province: string; designated: number; savingsDone: number; organisationDone: number }>>(
    `SELECT p.name AS province, count(*)::int AS designated,
            count(*) FILTER (WHERE s.status = 'DONE')::int AS "savingsDone",
            count(*) FILTER (WHERE o.status = 'DONE')::int AS "organisationDone"
       FROM cluster c
       JOIN province p ON p.code = c."provinceCode"
       LEFT JOIN cluster_savings_service s ON s."clusterId" = c.id
       LEFT JOIN sme_organisation o ON o."clusterId" = c.id
      WHERE c.status = 'ACTIVE' AND c."isDesignated" AND ${clusterScopeSql(viewer, q, "c.id")}
      GROUP BY p.name ORDER BY p.name`,
    ...q.values,
  );
  return rows;
}

/**
 * Median growth of production value since baseline, for sentra that received BDS
 * services or MAP money between their baseline and latest year against those that did
 * not, with the number of sentra on each side. A comparison, not an effect estimate:
 * supported sentra were chosen for support, so they differ in other ways too.
 * Reversed entries and their reversals do not count as support.
 */
export async function getSupportComparison(viewer: SessionUser) {
  assertCan(viewer, "monitoring:read");
  const q = new SqlParams();
  const rows = await prisma.$queryRawUnsafe<Array<{ clusterId: string; year: number; productionValue: bigint; supported: boolean }>>(
    `WITH span AS (
       SELECT o."clusterId", min(o.year) AS first, max(o.year) AS last
         FROM cluster_outcome o JOIN cluster c ON c.id = o."clusterId"
        WHERE c.status = 'ACTIVE' AND ${clusterScopeSql(viewer, q, "c.id")}
        GROUP BY o."clusterId" HAVING count(*) >= 2
     ), supported AS (
       SELECT s."clusterId",
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
    [...byCluster.values()].map((c) => ({ group: c.supported ? "supported" : "notSupported", growth: growthSinceBaseline(c.series) })),
    ["supported", "notSupported"] as const,
  );
}
