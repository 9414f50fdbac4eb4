import type { SessionUser } from "@/lib/auth/session";
import { type SqlParams, clusterScopeSql } from "@/lib/clusters/access-sql";
import type { DashboardParams } from "@/lib/dashboard/filters";

export { SqlParams, clusterScopeSql } from "@/lib/clusters/access-sql";

/** LIKE pattern text with its wildcards escaped (the filter means "contains"). */
function likeEscape(s: string): string {
  return s.replace(/[%_\\]/g, "\\$&");
}

/** Jakarta calendar year [start, end) as timestamptz bounds. */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01T00:00:00+07:00`, to: `${year + 1}-01-01T00:00:00+07:00` };
}

export interface ClusterFilterOptions {
  /** Leave the province filter to the caller (charts that attribute to another province). */
  skipProvince?: boolean;
}

/**
 * Conditions on the cluster aliased `c`: active, in the user's scope, and matching the
 * dashboard filters exactly as /clusters applies them (lib/clusters/queries.ts), so a
 * chart's number and the list it drills down to agree.
 */
export function clusterWhereSql(
  user: Pick<SessionUser, "id" | "role">,
  params: DashboardParams,
  q: SqlParams,
  opts: ClusterFilterOptions = {},
): string {
  const parts = [`c.status = 'ACTIVE'`, clusterScopeSql(user, q, "c.id")];
  if (params.province && !opts.skipProvince) parts.push(`c."provinceCode" = ${q.p(params.province)}`);
  if (params.regency) parts.push(`c."regencyCode" = ${q.p(params.regency)}`);
  if (params.commodity) parts.push(`c.commodity ILIKE '%' || ${q.p(likeEscape(params.commodity))} || '%'`);
  if (params.stage) parts.push(params.stage === "NONE" ? `c."currentStage" IS NULL` : `c."currentStage" = ${q.p(params.stage)}::"Stage"`);
  if (params.instrument) {
    parts.push(
      `EXISTS (SELECT 1 FROM diagnosis fd WHERE fd."clusterId" = c.id AND fd.status = 'APPROVED' AND fd."instrumentVersion" = ${q.p(params.instrument)})`,
    );
  }
  return parts.join(" AND ");
}

// Prisma's DateTime columns are \`timestamp(3)\` WITHOUT time zone holding UTC wall time.
// The two helpers below convert explicitly, so nothing depends on the session's
// TimeZone setting.

/** A UTC timestamp column as Jakarta wall time (for local dates, years, quarters). */
export function jakartaSql(expr: string): string {
  return `((${expr} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta')`;
}

/** A timestamptz parameter as UTC wall time, comparable with the timestamp columns. */
export function utcSql(param: string): string {
  return `(${param}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The local (Jakarta) calendar year or quarter of a timestamp column, as text. */
export function periodSql(expr: string, byQuarter: boolean): string {
  const local = jakartaSql(expr);
  return byQuarter ? `to_char(${local}, 'YYYY-"Q"Q')` : `to_char(${local}, 'YYYY')`;
}

/** Where aggregations read derived data: the base tables, or the summary views (summary-sql.ts). Same numbers. */
export interface SourceOptions {
  summary?: boolean;
}
