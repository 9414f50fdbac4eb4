import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { exportAgenda } from "@/lib/exports/agenda";
import { agendaExportRequest } from "@/lib/exports/agenda-request";
import { downloadHeaders } from "@/lib/exports/table-stream";
import { errorResponse, today } from "@/lib/imports/http";

/** The /agenda list with the same filters, as CSV or XLSX, streamed. */
export async function GET(request: NextRequest) {
  try {
    const { actor, filter, format } = await agendaExportRequest(request);
    const t = await getTranslations("monitoring.agenda");
    const tf = await getTranslations("monitoring.form");
    const tStatus = await getTranslations("monitoring.statuses");
    const tStage = await getTranslations("stages");
    const stream = exportAgenda({
      actor,
      filter,
      format,
      t: (k) => t(k as never),
      tf: (k) => tf(k as never),
      tStatus: (k) => tStatus(k as never),
      tStage: (k) => tStage(k as never),
    });
    return new Response(stream, { headers: downloadHeaders(format, `agenda-tahun-kedua-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
