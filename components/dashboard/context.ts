import { getLocale, getTranslations } from "next-intl/server";
import type { ChartId, TableContext, Translate } from "@/lib/dashboard/charts";
import { dashboardSearch, type DashboardParams } from "@/lib/dashboard/filters";
import { formatCell, type TableData } from "@/lib/dashboard/tables";
import type { FilterOptions } from "@/lib/dashboard/options";
import { sectionHref, type DashboardSectionId } from "@/lib/dashboard/sections";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

export interface DashCtx extends TableContext {
  /** The filters as a query string (downloads). */
  search: string;
  asOf: string;
  /** The "common" messages (the filter form's shared labels). */
  tCommon: Translate;
  /** What the charts show: "Nasional", or the chosen filters ("Jawa Tengah · Batik · 2024"). */
  filterLabel: string;
  /** The page of the section shown (the filter form's target). */
  path: string;
}

/** The filters in words, for the charts' labels: a filtered chart never says "Nasional". */
export function describeFilters(
  params: DashboardParams,
  options: Pick<FilterOptions, "provinces" | "regencies">,
  t: Translate,
  stage: (key: string) => string,
): string {
  const name = (list: Array<{ code: string; name: string }>, code?: string) =>
    code ? (list.find((a) => a.code === code)?.name ?? code) : undefined;
  const parts = [
    name(options.regencies, params.regency) ?? name(options.provinces, params.province),
    params.commodity,
    params.stage ? stage(params.stage) : undefined,
    params.year ? String(params.year) : undefined,
    params.instrument ? t("filters.instrumentVersion", { version: params.instrument }) : undefined,
  ].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(" · ") : t("national");
}

export async function dashContext(
  params: DashboardParams,
  asOf: Date,
  options: FilterOptions,
  section: DashboardSectionId,
): Promise<DashCtx> {
  const t = (await getTranslations("dashboard")) as unknown as Translate;
  const ts = await getTranslations("stages");
  const tc = (await getTranslations("common")) as unknown as Translate;
  const locale = (await getLocale()) as AppLocale;
  const stage = (k: string) => ts(k as never);
  return {
    t,
    tCommon: tc,
    stage,
    filterLabel: describeFilters(params, options, t, stage),
    locale,
    params,
    search: dashboardSearch(params),
    asOf: formatDateTime(asOf, locale),
    path: sectionHref(section),
  };
}

/** A short text alternative of a chart: its first rows, formatted. */
export function summaryOf(title: string, table: TableData, locale: AppLocale, maxRows = 8): string {
  const rows = table.rows
    .slice(0, maxRows)
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? String(cell) : `${table.columns[i]!.header} ${formatCell(cell, table.columns[i]!.kind, locale)}`))
        .join(", "),
    );
  const more = table.rows.length > maxRows ? " …" : "";
  return `${title}. ${rows.join("; ")}${more}`;
}

/**
 * What every chart card takes from the context: its id and title, the text alternative
 * (from the chart's table), the downloads' query, the data date, and the filters' label
 * unless the chart ignores the filters (`unfiltered`).
 */
export function cardBasics(ctx: DashCtx, id: ChartId, table: TableData, { unfiltered = false } = {}) {
  const title = ctx.t(`charts.${id}.title`);
  return {
    id,
    title,
    summary: summaryOf(title, table, ctx.locale),
    search: ctx.search,
    asOf: ctx.asOf,
    t: ctx.t,
    ...(unfiltered ? {} : { filters: ctx.filterLabel }),
  };
}
