import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { evidenceResponse } from "@/lib/http/evidence-response";
import { readAgendaEvidence } from "@/lib/monitoring/read-agenda-evidence";

export const dynamic = "force-dynamic";

/**
 * The evidence file of an agenda line (`savings` or `organisation`) of a sentra, only
 * for users who may see the sentra (otherwise 404, revealing nothing).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ clusterId: string; line: string }> }) {
  try {
    const actor = await requireUser("monitoring:read");
    const { clusterId, line } = await params;
    return evidenceResponse(await readAgendaEvidence({ actor, clusterId, line }));
  } catch (err) {
    const status = isAppError(err) ? (err.code === "UNAUTHENTICATED" ? 401 : 404) : 500;
    return new Response(status === 500 ? "Error" : "Not found", { status, headers: { "Cache-Control": "no-store" } });
  }
}
