import { requireUser } from "@/lib/auth/session";
import { readEvidence } from "@/lib/diagnosis/read-evidence";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** An evidence file, only for users who may read its diagnosis (otherwise 404, revealing nothing). */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  try {
    const actor = await requireUser("diagnosis:read");
    const file = await readEvidence({ actor, fileId: (await params).fileId });
    const disposition = file.contentType === "application/pdf" || file.contentType.startsWith("image/") ? "inline" : "attachment";
    return new Response(new Blob([file.bytes as BlobPart]), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      },
    });
  } catch (err) {
    const status = isAppError(err) ? (err.code === "UNAUTHENTICATED" ? 401 : 404) : 500;
    return new Response(status === 500 ? "Error" : "Not found", { status, headers: { "Cache-Control": "no-store" } });
  }
}
