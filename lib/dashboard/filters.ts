import { z } from "zod";
import { provinceParam, regencyParam, codeParam } from "@/lib/forms/list-params";
import { text } from "@/lib/forms/text";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";

/** Measures the province map can be coloured by. */
export const MAP_MEASURES = ["matureShare", "advanceShare", "survivalShare", "undiagnosedShare", "clusters"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/**
 * The dashboard's URL state, shared by the page and every chart's download endpoint.
 * Anything malformed falls back to "no filter", never an error page.
 */
export const dashboardParams = z.object({
  province: provinceParam,
  regency: regencyParam,
  commodity: text().trim().min(1).max(100).optional().catch(undefined),
  stage: z.enum(STAGE_FILTERS).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  instrument: codeParam,
  measure: z.enum(MAP_MEASURES).default("matureShare").catch("matureShare"),
});
export type DashboardParams = z.infer<typeof dashboardParams>;

/** The first value of each query parameter, as pages and route handlers receive them. */
export function parseDashboardParams(raw: Record<string, string | string[] | undefined> | URLSearchParams): DashboardParams {
  const entries =
    raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const first: Record<string, string> = {};
  for (const [k, v] of entries) if (v !== undefined && v !== "" && !(k in first)) first[k] = v;
  const params = dashboardParams.parse(first);
  // A regency outside the chosen province would silently empty every chart.
  if (params.regency && params.province && !params.regency.startsWith(`${params.province}.`)) params.regency = undefined;
  return params;
}

const FILTER_KEYS = ["province", "regency", "commodity", "stage", "year", "instrument"] as const;

/** The dashboard's own filters as a query string (for download links and the map measure). */
export function dashboardSearch(params: DashboardParams, extra: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = params[key];
    if (v !== undefined && v !== "") q.set(key, String(v));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}

/**
 * The /clusters list behind a number: the dashboard filters /clusters understands,
 * overridden by the chart's own slice (a province, a stage, a commodity…).
 */
export function drillHref(
  params: DashboardParams,
  slice: Partial<{ province: string; regency: string; commodity: string; stage: string; instrument: string; holdsBack: string }> = {},
): string {
  const q = new URLSearchParams();
  const merged = {
    province: params.province,
    regency: params.regency,
    commodity: params.commodity,
    stage: params.stage,
    instrument: params.instrument,
    ...slice,
  };
  // A regency belongs to one province: a different province slice drops it.
  if (slice.province && merged.regency && !merged.regency.startsWith(`${slice.province}.`)) merged.regency = undefined;
  for (const [k, v] of Object.entries(merged)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `/clusters?${s}` : "/clusters";
}
