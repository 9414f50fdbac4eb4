import type { NextRequest } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { errorResponse, searchParamsObject } from "@/lib/imports/http";
import { searchMoveTargets } from "@/lib/smes/move-options";

/** The SME move picker's search: `?q=part of a name&exclude=<current cluster id>`, as JSON. */
export async function GET(request: NextRequest) {
  try {
    const actor = await requireUser("smes:write");
    const result = await searchMoveTargets({ actor, input: searchParamsObject(request.nextUrl.searchParams) });
    return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
