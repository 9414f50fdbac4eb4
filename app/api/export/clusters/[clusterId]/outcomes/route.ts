import { getLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { exportClusterOutcomes } from "@/lib/exports/outcomes";
import { downloadHeaders } from "@/lib/exports/table-stream";
import type { AppLocale } from "@/lib/i18n/config";
import { errorResponse, importTranslators, today } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";

type Context = { params: Promise<{ clusterId: string }> };

/** One sentra's yearly outcomes as CSV (default) or XLSX, in the outcome import's columns. */
export async function GET(request: Request, { params }: Context) {
  try {
    const actor = await requireUser("monitoring:read");
    const format = parseFormat(new URL(request.url).searchParams.get("format"), EXPORT_FORMATS);
    const { tImports } = await importTranslators();
    const locale = (await getLocale()) as AppLocale;
    const { name, stream } = await exportClusterOutcomes({ actor, clusterId: (await params).clusterId, format, locale, t: tImports });
    return new Response(stream, { headers: downloadHeaders(format, `${tImports("sheets.outcomes")}-${name}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
