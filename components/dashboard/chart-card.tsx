import type { ReactNode } from "react";
import { TableView, type TableViewLabels } from "@/components/dashboard/table-view";
import type { Translate } from "@/lib/dashboard/charts";

export interface ChartCardProps {
  id: string;
  /** The dashboard's messages. */
  t: Translate;
  title: string;
  /** Units and period, e.g. "Jumlah sentra · tahap saat ini". */
  unit: string;
  asOf: string;
  /** The filters in words ("Nasional", "Jawa Tengah · Batik"): what the numbers cover. */
  filters?: string;
  /** The dashboard filters as a query string, for the table view and the download links. */
  search: string;
  isEmpty: boolean;
  /** Short text alternative of the chart for screen readers. */
  summary: string;
  height?: number;
  /** The table shown by default (charts that are tables first). */
  tableOnly?: boolean;
  /** Children carry their own accessible structure (the map's links): no image wrapper. */
  plain?: boolean;
  footer?: ReactNode;
  children?: ReactNode;
}

/**
 * One dashboard chart: title, unit and data date, the chart (or "no data yet"), the
 * same numbers as a table (loaded when opened: table-view.tsx), drill-down links and
 * CSV/XLSX downloads of those numbers.
 */
export function ChartCard({
  id,
  t,
  title,
  unit,
  asOf,
  filters,
  search,
  isEmpty,
  summary,
  height = 280,
  tableOnly,
  plain,
  footer,
  children,
}: ChartCardProps) {
  const headingId = `chart-${id}-title`;
  const href = (format: string) => `/api/dashboard/${id}?${search ? `${search}&` : ""}format=${format}`;
  const labels: TableViewLabels = {
    show: t("showTable"),
    region: t("tableOf", { title }),
    loading: t("tableLoading"),
    failed: t("tableFailed"),
    retry: t("retry"),
  };
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
      {filters ? (
        <p className="-mt-2 mb-3 text-xs font-medium text-slate-800" data-testid="chart-filters">
          {t("filters.shown", { filters })}
        </p>
      ) : null}
      {isEmpty ? (
        <p
          className="flex items-center justify-center rounded border border-dashed border-slate-300 p-6 text-sm text-slate-600"
          style={{ minHeight: tableOnly ? undefined : 120 }}
        >
          {t("noData")}
        </p>
      ) : tableOnly ? (
        <TableView chart={id} search={search} labels={labels} open />
      ) : (
        <>
          {plain ? (
            children
          ) : (
            <div role="img" aria-label={summary} style={{ height }} className="w-full">
              {children}
            </div>
          )}
          <TableView chart={id} search={search} labels={labels} />
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
