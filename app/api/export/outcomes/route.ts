import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { exportAgendaOutcomes } from "@/lib/exports/outcomes";
import { agendaExportRequest } from "@/lib/exports/agenda-request";
import { downloadHeaders } from "@/lib/exports/table-stream";
import type { AppLocale } from "@/lib/i18n/config";
import { errorResponse, importTranslators, today } from "@/lib/imports/http";

/** The yearly outcomes of the sentra in the /agenda list (same filters), as CSV or XLSX, streamed. */
export async function GET(request: NextRequest) {
  try {
    const { actor, filter, format } = await agendaExportRequest(request);
    const { tImports } = await importTranslators();
    const tm = await getTranslations("monitoring.outcomes");
    const locale = (await getLocale()) as AppLocale;
    const stream = exportAgendaOutcomes({ actor, filter, format, locale, t: tImports, tm: (k) => tm(k as never) });
    return new Response(stream, { headers: downloadHeaders(format, `${tImports("sheets.outcomes")}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
