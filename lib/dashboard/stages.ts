import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { queryRows, share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { clusterWhereSql, SqlParams } from "@/lib/dashboard/sql";

export const STAGE_KEYS = ["SURVIVAL", "ADVANCE", "MATURE", "NONE"] as const;
type StageKey = (typeof STAGE_KEYS)[number];

type StageCounts = Record<StageKey, number>;

export interface StageSlice {
  key: string;
  label: string;
  total: number;
  counts: StageCounts;
}

export interface StageOverview {
  national: Array<{ stage: StageKey; count: number; share: number }>;
  total: number;
  /** Every province (zero rows included, so the map has all 38), by name. */
  byProvince: StageSlice[];
  /** Commodities with at least one cluster, largest first. */
  byCommodity: StageSlice[];
}

const emptyCounts = (): StageCounts => ({ SURVIVAL: 0, ADVANCE: 0, MATURE: 0, NONE: 0 });

/**
 * Active clusters by their current stage (Cluster.currentStage, which the approval of
 * a diagnosis sets), nationally, by current province and by commodity: one GROUP BY
 * with grouping sets, scoped and filtered in SQL.
 */
export async function getStageOverview(user: Pick<SessionUser, "id" | "role">, params: DashboardParams): Promise<StageOverview> {
  const q = new SqlParams();
  const where = clusterWhereSql(user, params, q);
  const rows = await queryRows<{ province: string | null; commodity: string | null; stage: StageKey; n: number; g: number }>(
    `SELECT c."provinceCode" AS province, c.commodity, coalesce(c."currentStage"::text, 'NONE') AS stage, count(*)::int AS n,
            GROUPING(c."provinceCode", c.commodity)::int AS g
     FROM cluster c
     WHERE ${where}
     GROUP BY GROUPING SETS ((c."currentStage"), (c."provinceCode", c."currentStage"), (c.commodity, c."currentStage"))`,
    q,
  );
  const provinces = await queryRows<{ code: string; name: string }>(`SELECT code, name FROM province ORDER BY name`, new SqlParams());

  const national = emptyCounts();
  const byProvince = new Map<string, StageCounts>();
  const byCommodity = new Map<string, StageCounts>();
  for (const r of rows) {
    // GROUPING bits: 2 = province aggregated, 1 = commodity aggregated.
    if (r.g === 3) national[r.stage] += r.n;
    else if (r.g === 1 && r.province)
      (byProvince.get(r.province) ?? byProvince.set(r.province, emptyCounts()).get(r.province)!)[r.stage] += r.n;
    else if (r.g === 2 && r.commodity)
      (byCommodity.get(r.commodity) ?? byCommodity.set(r.commodity, emptyCounts()).get(r.commodity)!)[r.stage] += r.n;
  }
  const total = STAGE_KEYS.reduce((sum, s) => sum + national[s], 0);
  const sumOf = (c: StageCounts) => STAGE_KEYS.reduce((sum, s) => sum + c[s], 0);
  return {
    total,
    national: STAGE_KEYS.map((stage) => ({ stage, count: national[stage], share: share(national[stage], total) })),
    byProvince: provinces.map((p) => {
      const counts = byProvince.get(p.code) ?? emptyCounts();
      return { key: p.code, label: p.name, counts, total: sumOf(counts) };
    }),
    byCommodity: [...byCommodity.entries()]
      .map(([commodity, counts]) => ({ key: commodity, label: commodity, counts, total: sumOf(counts) }))
      .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label)),
  };
}
