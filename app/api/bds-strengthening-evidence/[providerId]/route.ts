import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { evidenceResponse } from "@/lib/http/evidence-response";
import { readBdsStrengtheningEvidence } from "@/lib/monitoring/read-agenda-evidence";

export const dynamic = "force-dynamic";

/**
 * The evidence file of a provider's "strengthening BDS" line, only for users who may see
 * the provider (otherwise 404, revealing nothing), served like the sentra lines' files.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ providerId: string }> }) {
  try {
    const actor = await requireUser("monitoring:read");
    const { providerId } = await params;
    return evidenceResponse(await readBdsStrengtheningEvidence({ actor, providerId }));
  } catch (err) {
    const status = isAppError(err) ? (err.code === "UNAUTHENTICATED" ? 401 : 404) : 500;
    return new Response(status === 500 ? "Error" : "Not found", { status, headers: { "Cache-Control": "no-store" } });
  }
}
