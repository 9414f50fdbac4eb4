import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { downloadHeaders } from "@/lib/exports/table-stream";
import { correctionsStream } from "@/lib/imports/files";
import { errorResponse, importTranslators } from "@/lib/imports/http";
import { getImportBatch } from "@/lib/imports/queries";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";

/** The rejected rows of one of the caller's batches, with a Reason column, to fix and re-import. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireUser("imports:run");
    const batch = await getImportBatch((await params).id);
    if (!batch) return Response.json({ formError: "Not found" }, { status: 404 });
    const format = parseFormat(request.nextUrl.searchParams.get("format"), EXPORT_FORMATS);
    const { tImports, tErrors } = await importTranslators();
    const base = `${batch.fileName.replace(/\.(csv|xlsx)$/i, "")}-${tImports("sheets.corrections").toLowerCase()}`;
    return new Response(correctionsStream(batch.report, format, tImports, tErrors), { headers: downloadHeaders(format, base) });
  } catch (err) {
    return errorResponse(err);
  }
}
