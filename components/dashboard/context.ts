import { createTranslator } from "next-intl";
import type { TableContext, Translate } from "@/lib/dashboard/charts";
import { dashboardSearch, type DashboardParams } from "@/lib/dashboard/filters";
import { formatCell, type TableData } from "@/lib/dashboard/tables";
import { TIME_ZONE, type AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import en from "@/lib/i18n/messages/en";
import id from "@/lib/i18n/messages/id";

export interface DashCtx extends TableContext {
  /** The filters as a query string (downloads). */
  search: string;
  asOf: string;
  /** The "common" messages (the filter form's shared labels). */
  tCommon: Translate;
}

/**
 * The texts and formatting of the dashboard's body for one language. It takes the
 * locale as an argument and reads nothing from the request, so it can run inside the
 * body's cache scope (components/dashboard/body.tsx: "use cache" may not read cookies,
 * which next-intl's request-bound getTranslations does).
 */
export function dashContext(params: DashboardParams, asOf: Date, locale: AppLocale): DashCtx {
  const messages = locale === "en" ? en : id;
  const translator = (namespace: "dashboard" | "stages" | "common") =>
    createTranslator({ locale, messages, namespace, timeZone: TIME_ZONE }) as unknown as Translate;
  const ts = translator("stages");
  return {
    t: translator("dashboard"),
    tCommon: translator("common"),
    stage: (k) => ts(k),
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
