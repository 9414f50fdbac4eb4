import { z } from "zod";
import { text } from "@/lib/forms/text";
import { AREA_LEVELS, listChildAreas } from "@/lib/areas/queries";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

const params = z.object({ level: z.enum(AREA_LEVELS), parent: text().regex(/^\d{2}(\.\d{2}){0,2}$/) });

/** Public reference data, but only for signed-in users (it feeds the location pickers). */
export async function GET(request: Request) {
  try {
    await requireUser();
  } catch (err) {
    return Response.json({ error: "UNAUTHENTICATED" }, { status: isAppError(err) ? err.status : 401 });
  }
  const parsed = params.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "INVALID_INPUT" }, { status: 422 });
  const areas = await listChildAreas(parsed.data.level, parsed.data.parent);
  return Response.json(areas, { headers: { "Cache-Control": "private, max-age=3600" } });
}
