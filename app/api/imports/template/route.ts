import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { downloadHeaders } from "@/lib/exports/table-stream";
import { IMPORT_KINDS } from "@/lib/imports/columns";
import { templateStream } from "@/lib/imports/files";
import { errorResponse, importTranslators } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";

/** An empty import file with the recognised headers, in the user's language. */
export async function GET(request: NextRequest) {
  try {
    await requireUser("imports:run");
    const search = request.nextUrl.searchParams;
    const kind = IMPORT_KINDS.find((k) => k === search.get("kind")) ?? "clusters";
    const format = parseFormat(search.get("format"), EXPORT_FORMATS);
    const { tImports } = await importTranslators();
    return new Response(templateStream(kind, format, tImports), {
      headers: downloadHeaders(
        format,
        `${tImports("templates." + kind)
          .toLowerCase()
          .replaceAll(" ", "-")}`,
      ),
    });
  } catch (err) {
    return errorResponse(err);
  }
}
