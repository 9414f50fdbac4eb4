import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { exportAgendaOutcomes } from "@/lib/exports/outcomes";
import { downloadHeaders } from "@/lib/exports/table-stream";
import type { AppLocale } from "@/lib/i18n/config";
import { errorResponse, importTranslators, searchParamsObject, today } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";
import { agendaFilterSchema } from "@/lib/monitoring/schema";

/** The yearly outcomes of the sentra in the /agenda list (same filters), as CSV or XLSX, streamed. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireUser("monitoring:read");
    const search = request.nextUrl.searchParams;
    const filter = agendaFilterSchema.parse(searchParamsObject(search));
    const format = parseFormat(search.get("format"), EXPORT_FORMATS);
    const { tImports } = await importTranslators();
    const tm = await getTranslations("monitoring.outcomes");
    const locale = (await getLocale()) as AppLocale;
    const stream = exportAgendaOutcomes({ actor, filter, format, locale, t: tImports, tm: (k) => tm(k as never) });
    return new Response(stream, { headers: downloadHeaders(format, `${tImports("sheets.outcomes")}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
