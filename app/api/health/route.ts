import { checkDatabase } from "@/lib/health/check-database";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** 200 when the database answers within 2 s, 503 otherwise. Public, reveals nothing else. */
export async function GET() {
  const started = Date.now();
  try {
    await checkDatabase(2000);
    return Response.json({ status: "ok", database: "up", ms: Date.now() - started }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "health check: database unreachable");
    return Response.json({ status: "error", database: "down" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
