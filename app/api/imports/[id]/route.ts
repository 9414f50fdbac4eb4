import { requireUser } from "@/lib/auth/session";
import { errorResponse } from "@/lib/imports/http";
import { getImportProgress } from "@/lib/imports/queries";

/** Progress of one of the caller's own batches, for the result page to poll. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireUser("imports:run");
    const progress = await getImportProgress((await params).id);
    if (!progress) return Response.json({ formError: "Not found" }, { status: 404 });
    return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
