import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { searchParamsObject } from "@/lib/imports/http";
import { EXPORT_FORMATS, parseFormat } from "@/lib/imports/schema";
import { agendaFilterSchema } from "@/lib/monitoring/schema";

/**
 * What an export of the /agenda list reads from its request (the agenda lines and their
 * yearly outcomes alike): the user, who must hold `monitoring:read`; the list's filters;
 * the file format. Throws as `requireUser` and the schemas do (the route's `errorResponse`).
 */
export async function agendaExportRequest(request: NextRequest) {
  const actor = await requireUser("monitoring:read");
  const search = request.nextUrl.searchParams;
  return {
    actor,
    filter: agendaFilterSchema.parse(searchParamsObject(search)),
    format: parseFormat(search.get("format"), EXPORT_FORMATS),
  };
}
