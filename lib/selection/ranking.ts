import "server-only";
import { z } from "zod";
import { provinceParam } from "@/lib/forms/list-params";
import { text } from "@/lib/forms/text";
import { requireUser } from "@/lib/auth/session";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import { getPool } from "@/lib/db";
import { getSelectionSettings } from "@/lib/selection/settings";

const SELECTION_PAGE_SIZE = 25;

export const selectionParams = z.object({
  province: provinceParam,
  commodity: text().trim().max(100).optional().catch(undefined),
  stage: z.enum(STAGE_FILTERS).optional().catch(undefined),
  status: z.enum(["designated", "candidate"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type SelectionParams = z.infer<typeof selectionParams>;

export interface RankedCluster {
  id: string;
  name: string;
  commodity: string;
  provinceName: string;
  currentStage: "SURVIVAL" | "ADVANCE" | "MATURE" | null;
  isDesignated: boolean;
  market: number;
  employment: number;
  local: number;
  total: number;
  rank: number;
  hasJudgement: boolean;
}

/**
 * The selection score of the source's three criteria, computed in SQL over all active
 * clusters (ranks are relative to every candidate, so a filter never changes a score):
 * - market prospects: half the export share (%), half the percentile of production value;
 * - employment potential: the percentile of the number of workers;
 * - local resource use: the share of local raw materials (%).
 * Each criterion blends the analyst's judgement (1..5 → 0..100) with the data by the
 * configured judgement share; the total is the weighted sum (weights add up to 100).
 * docs/cluster-selection.md explains it for analysts.
 */
export async function listRankedClusters(params: SelectionParams) {
  await requireUser("selection:read");
  return rankClusters(params, await getSelectionSettings());
}

/** The ranking itself, without the session check (callers authorise). */
export async function rankClusters(
  params: SelectionParams,
  s: { weightMarket: number; weightEmployment: number; weightLocal: number; judgementShare: number; version: number },
) {
  const filters: string[] = [];
  const values: unknown[] = [s.weightMarket, s.weightEmployment, s.weightLocal, s.judgementShare / 100];
  const add = (sql: (n: string) => string, value: unknown) => {
    values.push(value);
    filters.push(sql(`$${values.length}`));
  };
  if (params.province) add((n) => `"provinceCode" = ${n}`, params.province);
  if (params.commodity) add((n) => `commodity ILIKE '%' || ${n} || '%'`, params.commodity.replace(/[%_\\]/g, "\\$&"));
  if (params.stage) {
    if (params.stage === "NONE") filters.push(`"currentStage" IS NULL`);
    else add((n) => `"currentStage" = ${n}::"Stage"`, params.stage);
  }
  if (params.status) filters.push(params.status === "designated" ? `"isDesignated"` : `NOT "isDesignated"`);
  values.push(SELECTION_PAGE_SIZE, (params.page - 1) * SELECTION_PAGE_SIZE);
  const limit = `$${values.length - 1}`;
  const offset = `$${values.length}`;
  const sql = `
    WITH base AS (
      SELECT c.id, c.name, c.commodity, c."provinceCode", c."currentStage", c."isDesignated",
             c."judgementMarket" AS jm, c."judgementEmployment" AS je, c."judgementLocal" AS jl,
             0.5 * coalesce(c."exportSharePct", 0) + 50 * percent_rank() OVER (ORDER BY coalesce(c."productionValue", 0)) AS market_data,
             100 * percent_rank() OVER (ORDER BY c."workerCount") AS employment_data,
             coalesce(c."localMaterialSharePct", 0)::float8 AS local_data
      FROM cluster c WHERE c.status = 'ACTIVE'
    ), scored AS (
      SELECT *,
        CASE WHEN jm IS NULL THEN market_data ELSE $4::float8 * (jm - 1) * 25 + (1 - $4::float8) * market_data END AS market,
        CASE WHEN je IS NULL THEN employment_data ELSE $4::float8 * (je - 1) * 25 + (1 - $4::float8) * employment_data END AS employment,
        CASE WHEN jl IS NULL THEN local_data ELSE $4::float8 * (jl - 1) * 25 + (1 - $4::float8) * local_data END AS local
      FROM base
    ), ranked AS (
      SELECT *, ($1::float8 * market + $2::float8 * employment + $3::float8 * local) / 100.0 AS total,
             rank() OVER (ORDER BY ($1::float8 * market + $2::float8 * employment + $3::float8 * local) DESC) AS overall_rank
      FROM scored
    )
    SELECT r.id, r.name, r.commodity, p.name AS "provinceName", r."currentStage", r."isDesignated",
           round(r.market::numeric, 1)::float8 AS market, round(r.employment::numeric, 1)::float8 AS employment,
           round(r.local::numeric, 1)::float8 AS local, round(r.total::numeric, 1)::float8 AS total,
           r.overall_rank::int AS rank, (jm IS NOT NULL OR je IS NOT NULL OR jl IS NOT NULL) AS "hasJudgement",
           count(*) OVER ()::int AS "totalCount"
    FROM ranked r JOIN province p ON p.code = r."provinceCode"
    ${filters.length ? `WHERE ${filters.join(" AND ")}` : ""}
    ORDER BY r.total DESC, r.id
    LIMIT ${limit} OFFSET ${offset}`;
  const { rows } = await getPool().query<RankedCluster & { totalCount: number }>(sql, values);
  const total = rows[0]?.totalCount ?? 0;
  return {
    rows: rows.map(({ totalCount: _t, ...r }) => r),
    total,
    pages: Math.max(1, Math.ceil(total / SELECTION_PAGE_SIZE)),
    settings: s,
  };
}
