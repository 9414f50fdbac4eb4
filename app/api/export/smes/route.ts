import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { exportSmes } from "@/lib/exports/smes";
import { downloadHeaders } from "@/lib/exports/table-stream";
import { errorResponse, importTranslators, searchParamsObject, today } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";
import { smeListParams } from "@/lib/smes/queries";

/** The /smes list with the same filters, as CSV or XLSX, streamed page by page. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireUser("exports:run");
    const search = request.nextUrl.searchParams;
    const params = smeListParams.parse(searchParamsObject(search));
    const format = parseFormat(search.get("format"), EXPORT_FORMATS);
    const { tImports } = await importTranslators();
    const stream = exportSmes({ actor, params, format, t: tImports });
    return new Response(stream, { headers: downloadHeaders(format, `${tImports("sheets.smes").toLowerCase()}-${today()}`) });
  } catch (err) {
    return errorResponse(err);
  }
}
