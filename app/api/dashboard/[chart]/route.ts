import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { CHARTS, canSeeChart, chartTable, isChartId, type Translate } from "@/lib/dashboard/charts";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { loadDatasets } from "@/lib/dashboard/queries";
import { exportCell } from "@/lib/dashboard/tables";
import { AppError } from "@/lib/errors";
import { downloadHeaders, tableStream } from "@/lib/exports/table-stream";
import { errorResponse, today } from "@/lib/imports/http";
import type { AppLocale } from "@/lib/i18n/config";

const formatSchema = z.enum(["csv", "xlsx", "json"]).catch("csv");

/**
 * GET /api/dashboard/<chart>?format=csv|xlsx|json&<dashboard filters>: the numbers of
 * one dashboard chart, authorised and scoped exactly like the page (same loaders,
 * same row-level rule in SQL).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ chart: string }> }) {
  try {
    const user = await requireUser("dashboard:read");
    const { chart } = await params;
    if (!isChartId(chart)) throw new AppError("NOT_FOUND");
    if (!canSeeChart(user, chart)) throw new AppError("FORBIDDEN");
    const search = request.nextUrl.searchParams;
    const filters = parseDashboardParams(search);
    const format = formatSchema.parse(search.get("format"));
    const t = (await getTranslations("dashboard")) as unknown as Translate;
    const ts = await getTranslations("stages");
    const locale = (await getLocale()) as AppLocale;
    const dataset = CHARTS[chart].dataset;
    const loaded = (await loadDatasets(user, filters, [dataset]))[dataset];
    const table = chartTable(chart, loaded.data, { t, stage: (k) => ts(k as never), locale, params: filters });
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
