import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { MAX_FILE_BYTES } from "@/lib/diagnosis/limits";
import { uploadEvidence } from "@/lib/diagnosis/upload-evidence";
import { isAppError } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import { parseFieldMessage } from "@/lib/forms/messages";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** Upload of one evidence file (multipart: diagnosisId, indicatorCode, file). */
export async function POST(request: Request) {
  const t = await getTranslations("diagnosis");
  const fail = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
  // Same-origin only: the session cookie is SameSite=Lax, and this also stops cross-site form posts.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== process.env.NEXTAUTH_URL?.replace(/\/$/, ""))
    return fail(403, t("errors.FORBIDDEN"));
  // Refuse an oversized body before reading it.
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_FILE_BYTES + 64 * 1024) return fail(413, t("validation.fileTooLarge", { max: 5 }));
  try {
    const actor = await requireUser("diagnosis:fill");
    // A body that is not multipart form data (JSON, a cut-off upload) is a client error.
    const form = await request.formData().catch(() => null);
    if (!form) return fail(400, t("validation.badUpload"));
    const file = form.get("file");
    const input = {
      diagnosisId: form.get("diagnosisId"),
      indicatorCode: form.get("indicatorCode"),
      file: file instanceof File ? { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
    };
    const saved = await uploadEvidence({ actor, input });
    return Response.json(saved, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    if (err instanceof z.ZodError) {
      const { key, params } = parseFieldMessage(err.issues[0]?.message ?? "");
      return fail(422, t.has(`validation.${key}`) ? t(`validation.${key}`, params) : t("validation.invalidChoice"));
    }
    if (isAppError(err)) {
      const key = err.details?.fieldMessage;
      if (typeof key === "string" && t.has(`validation.${key}`)) return fail(err.status, t(`validation.${key}`));
      return fail(err.status, t.has(`errors.${err.code}`) ? t(`errors.${err.code}`) : t("errors.ERROR"));
    }
    logger.error({ err: err instanceof Error ? err.message : String(err) }, "evidence upload failed");
    return fail(500, t("errors.ERROR"));
  }
}
