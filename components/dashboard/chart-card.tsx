import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { cached } from "@/lib/dashboard/cache";
import { tableHtml } from "@/lib/dashboard/table-html";
import type { TableData } from "@/lib/dashboard/tables";
import type { AppLocale } from "@/lib/i18n/config";

export interface ChartCardProps {
  id: string;
  title: string;
  /** Units and period, e.g. "Jumlah sentra · tahap saat ini". */
  unit: string;
  asOf: string;
  table: TableData;
  /** Drill-down link per table row (first cell), e.g. /clusters?province=33. */
  links?: Array<string | null>;
  /** The dashboard filters as a query string, for the download links. */
  search: string;
  isEmpty: boolean;
  /** Short text alternative of the chart for screen readers. */
  summary: string;
  height?: number;
  /** The table open by default (charts that are tables first). */
  tableOnly?: boolean;
  /** Children carry their own accessible structure (the map's links): no image wrapper. */
  plain?: boolean;
  footer?: ReactNode;
  /** Key of the numbers in the result cache (version, scope, filters): the table HTML is cached under it. */
  cacheKey?: string;
  children?: ReactNode;
}

/**
 * One dashboard chart: title, unit and data date, the chart (or "no data yet"), the
 * same numbers as a table, drill-down links and CSV/XLSX downloads of those numbers.
 */
export async function ChartCard({
  id,
  title,
  unit,
  asOf,
  table,
  links,
  search,
  isEmpty,
  summary,
  height = 280,
  tableOnly,
  plain,
  footer,
  cacheKey,
  children,
}: ChartCardProps) {
  const t = await getTranslations("dashboard");
  const locale = (await getLocale()) as AppLocale;
  const headingId = `chart-${id}-title`;
  const href = (format: string) => `/api/dashboard/${id}?${search ? `${search}&` : ""}format=${format}`;
  // Built as a string and cached with the numbers (see table-html.ts); escaped there.
  const html = cacheKey
    ? await cached(`${cacheKey}|table|${id}|${locale}|${title}`, async () => tableHtml({ caption: title, table, links, locale }))
    : tableHtml({ caption: title, table, links, locale });
  const tableView = (
    <div
      className="max-h-96 overflow-auto"
      tabIndex={0}
      role="region"
      aria-label={t("tableOf", { title })}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
  return (
    <section
      aria-labelledby={headingId}
      className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-chart={id}
    >
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <p className="mb-3 text-xs text-slate-600">
        {unit} · {t("dataAsOf", { date: asOf })}
      </p>
      {isEmpty ? (
        <p
          className="flex items-center justify-center rounded border border-dashed border-slate-300 p-6 text-sm text-slate-600"
          style={{ minHeight: tableOnly ? undefined : 120 }}
        >
          {t("noData")}
        </p>
      ) : tableOnly ? (
        tableView
      ) : (
        <>
          {plain ? (
            children
          ) : (
            <div role="img" aria-label={summary} style={{ height }} className="w-full">
              {children}
            </div>
          )}
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-emerald-800">{t("showTable")}</summary>
            <div className="mt-2">{tableView}</div>
          </details>
        </>
      )}
      {footer}
      <p className="mt-auto flex flex-wrap gap-3 pt-3 text-xs text-slate-600">
        <span>{t("download")}</span>
        <a href={href("csv")} className="text-emerald-800 underline" download>
          CSV <span className="sr-only">{title}</span>
        </a>
        <a href={href("xlsx")} className="text-emerald-800 underline" download>
          XLSX <span className="sr-only">{title}</span>
        </a>
      </p>
    </section>
  );
}
