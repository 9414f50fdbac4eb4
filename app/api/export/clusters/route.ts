import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { clusterListParams } from "@/lib/clusters/queries";
import { exportClusters } from "@/lib/exports/clusters";
import { downloadHeaders } from "@/lib/exports/table-stream";
import { errorResponse, importTranslators, searchParamsObject, today } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";
import { getTranslations } from "next-intl/server";

/** The /clusters list with the same filters, as CSV or XLSX, streamed. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireUser("exports:run");
    const search = request.nextUrl.searchParams;
    const params = clusterListParams.parse(searchParamsObject(search));
    const format = parseFormat(search.get("format"), EXPORT_FORMATS);
    const { tImports } = await importTranslators();
    const tStages = await getTranslations("stages");
    const stream = exportClusters({ actor, params, format, t: tImports, stageLabel: (k) => tStages(k as never) });
    return new Response(stream, { headers: downloadHeaders(format, `${tImports("sheets.clusters").toLowerCase()}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
