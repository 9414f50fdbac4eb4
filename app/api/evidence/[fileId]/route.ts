import { requireUser } from "@/lib/auth/session";
import { readEvidence } from "@/lib/diagnosis/read-evidence";
import { isAppError } from "@/lib/errors";
import { evidenceResponse } from "@/lib/http/evidence-response";

export const dynamic = "force-dynamic";

/** An evidence file, only for users who may read its diagnosis (otherwise 404, revealing nothing). */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  try {
    const actor = await requireUser("diagnosis:read");
    return evidenceResponse(await readEvidence({ actor, fileId: (await params).fileId }));
  } catch (err) {
    const status = isAppError(err) ? (err.code === "UNAUTHENTICATED" ? 401 : 404) : 500;
    return new Response(status === 500 ? "Error" : "Not found", { status, headers: { "Cache-Control": "no-store" } });
  }
}
