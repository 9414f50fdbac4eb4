import { getLocale, getTranslations } from "next-intl/server";
import type { TableContext, Translate } from "@/lib/dashboard/charts";
import { dashboardSearch, type DashboardParams } from "@/lib/dashboard/filters";
import { formatCell, type TableData } from "@/lib/dashboard/tables";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

export interface DashCtx extends TableContext {
  /** The filters as a query string (downloads). */
  search: string;
  asOf: string;
  /** The "common" messages (the filter form's shared labels). */
  tCommon: Translate;
}

export async function dashContext(params: DashboardParams, asOf: Date): Promise<DashCtx> {
  const t = (await getTranslations("dashboard")) as unknown as Translate;
  const ts = await getTranslations("stages");
  const tc = (await getTranslations("common")) as unknown as Translate;
  const locale = (await getLocale()) as AppLocale;
  return {
    t,
    tCommon: tc,
    stage: (k) => ts(k as never),
    locale,
    params,
    search: dashboardSearch(params),
    asOf: formatDateTime(asOf, locale),
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
