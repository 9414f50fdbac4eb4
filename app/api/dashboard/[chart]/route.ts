import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { CHARTS, canSeeChart, chartPageTable, chartTable, isChartId, type Translate } from "@/lib/dashboard/charts";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { loadDatasets } from "@/lib/dashboard/queries";
import { tableHtml } from "@/lib/dashboard/table-html";
import { exportCell } from "@/lib/dashboard/tables";
import { AppError } from "@/lib/errors";
import { downloadHeaders, tableStream } from "@/lib/exports/table-stream";
import { errorResponse, today } from "@/lib/imports/http";
import { parseFormat } from "@/lib/imports/schema";
import type { AppLocale } from "@/lib/i18n/config";

/**
 * Table views already built, per loaded data set (the result cache's object: when it
 * is evicted or the data version moves on, these go with it) and chart, language, measure.
 */
const tableViews = new WeakMap<object, Map<string, string>>();

/**
 * GET /api/dashboard/<chart>?format=csv|xlsx|json|table&<dashboard filters>: the numbers
 * of one dashboard chart, authorised and scoped exactly like the page (same loaders,
 * same row-level rule in SQL). `table` is the page's table view as escaped HTML
 * (lib/dashboard/table-html.ts), which the page loads when a table is opened.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ chart: string }> }) {
  try {
    const user = await requireUser("dashboard:read");
    const { chart } = await params;
    if (!isChartId(chart)) throw new AppError("NOT_FOUND");
    if (!canSeeChart(user, chart)) throw new AppError("FORBIDDEN");
    const search = request.nextUrl.searchParams;
    const filters = parseDashboardParams(search);
    const format = parseFormat(search.get("format"), ["csv", "xlsx", "json", "table"]);
    const t = (await getTranslations("dashboard")) as unknown as Translate;
    const ts = await getTranslations("stages");
    const locale = (await getLocale()) as AppLocale;
    const dataset = CHARTS[chart].dataset;
    const loaded = (await loadDatasets(user, filters, [dataset]))[dataset];
    const ctx = { t, stage: (k: string) => ts(k as never), locale, params: filters };
    if (format === "table") {
      let views = tableViews.get(loaded);
      if (!views) tableViews.set(loaded, (views = new Map()));
      const key = `${chart}|${locale}|${filters.measure}`;
      let html = views.get(key);
      if (html === undefined) {
        const { table, links } = chartPageTable(chart, loaded.data, ctx);
        html = tableHtml({ caption: t(`charts.${chart}.title`, { measure: t(`measures.${filters.measure}`) }), table, links, locale });
        views.set(key, html);
      }
      return Response.json({ chart, html, asOf: loaded.asOf.toISOString() }, { headers: { "Cache-Control": "private, no-store" } });
    }
    const table = chartTable(chart, loaded.data, ctx);
    const header = table.columns.map((c) => c.header);
    const rows = table.rows.map((row) => row.map((cell, i) => exportCell(cell, table.columns[i]!.kind)));
    if (format === "json") {
      const body = JSON.stringify({ chart, columns: header, rows, asOf: loaded.asOf.toISOString() }, (_k, v: unknown) =>
        typeof v === "bigint" ? v.toString() : v,
      );
      return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" } });
    }
    const stream = tableStream({
      format,
      header,
      sheetName: t(`charts.${chart}.title`).replace(/[\\/?*[\]:]/g, "-"),
      batches: (async function* () {
        yield rows;
      })(),
    });
    return new Response(stream, { headers: downloadHeaders(format, `${t("fileName")}-${chart}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
