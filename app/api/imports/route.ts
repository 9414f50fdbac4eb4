import { getLocale } from "next-intl/server";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { parseFieldMessage } from "@/lib/forms/messages";
import { errorResponse, importTranslators } from "@/lib/imports/http";
import { MAX_REQUEST_BYTES, MAX_UPLOAD_MB, PROXY_DEFAULT_BODY_BYTES } from "@/lib/imports/limits";
import { logger } from "@/lib/logger";
import { fileIssueMessage } from "@/lib/imports/messages";
import { startImport } from "@/lib/imports/start-import";
import type { AppLocale } from "@/lib/i18n/config";

/** A refusal as JSON for the script-driven form, or back to the page (without JavaScript). */
/** A relative redirect: the Host the server sees need not be the one the browser used. */
function seeOther(location: string) {
  return new Response(null, { status: 303, headers: { Location: location } });
}

async function refuse(wantsJson: boolean, field: string, code: string, params: Record<string, string>, message: string, status = 422) {
  if (wantsJson) return Response.json({ fieldErrors: { [field]: [message] } }, { status });
  const query = new URLSearchParams({ ...params, error: code, field });
  return seeOther(`/imports?${query}`);
}

/**
 * Upload: checks the file, stores it and records the batch with its job (QUEUED) in the
 * request; a job worker on any server processes the rows (lib/imports/jobs.ts), so a
 * large file never holds the browser's request open and survives a restart. The page
 * polls GET /api/imports/[id] for progress.
 */
export async function POST(request: NextRequest) {
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  try {
    const actor = await requireUser("imports:run");
    // SameSite=Lax cookies already stop cross-site posts; refuse a foreign Origin outright too.
    const origin = request.headers.get("origin");
    const publicUrl = getEnv().NEXTAUTH_URL;
    const ownHosts = [request.headers.get("x-forwarded-host"), request.headers.get("host"), publicUrl ? new URL(publicUrl).host : null];
    if (origin && !ownHosts.includes(URL.canParse(origin) ? new URL(origin).host : "")) {
      return Response.json({ formError: "Forbidden" }, { status: 403 });
    }
    const { tImports, tErrors } = await importTranslators();
    // Refused unread: the proxy buffers at most 10 MiB of a body (see lib/imports/limits.ts).
    if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
      const params = { max: String(MAX_UPLOAD_MB) };
      return refuse(wantsJson, "file", "fileTooLarge", params, fileIssueMessage({ code: "fileTooLarge", params }, tImports), 413);
    }
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > PROXY_DEFAULT_BODY_BYTES) {
        // The body arrived cut off: the proxy's body limit is below MAX_REQUEST_BYTES.
        logger.warn({ length }, "upload truncated: raise experimental.proxyClientMaxBodySize in next.config.js");
        const params = { max: String(Math.floor(PROXY_DEFAULT_BODY_BYTES / 1_000_000)) };
        return refuse(wantsJson, "file", "fileTooLarge", params, fileIssueMessage({ code: "fileTooLarge", params }, tImports), 413);
      }
      return refuse(wantsJson, "file", "fileUnreadable", {}, fileIssueMessage({ code: "fileUnreadable" }, tImports));
    }
    const file = form.get("file");
    const upload = file instanceof File && file.name ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const fields = Object.fromEntries([...form.entries()].filter(([k, v]) => k !== "file" && typeof v === "string"));
    try {
      const job = await startImport({ actor, input: fields, file: upload, locale: (await getLocale()) as AppLocale });
      if (wantsJson) return Response.json({ batchId: job.batchId }, { status: 202 });
      return seeOther(`/imports/${job.batchId}`);
    } catch (err) {
      if (err instanceof z.ZodError) {
        const issue = err.issues[0]!;
        const { key, params } = parseFieldMessage(issue.message);
        const message = tErrors.has(`field.${key}`) ? tErrors(`field.${key}`, params) : tErrors("field.invalidChoice");
        return refuse(wantsJson, String(issue.path[0] ?? "file"), key, params, message);
      }
      if (isAppError(err) && err.code === "INVALID_INPUT") {
        const field = String(err.details?.field ?? "file");
        const importCode = err.details?.importCode;
        const params = (err.details?.params ?? {}) as Record<string, string>;
        if (typeof importCode === "string")
          return refuse(wantsJson, field, importCode, params, fileIssueMessage({ code: importCode, params }, tImports));
        const key = String(err.details?.fieldMessage ?? "invalidChoice");
        return refuse(wantsJson, field, key, {}, tErrors(`field.${key}`));
      }
      throw err;
    }
  } catch (err) {
    return errorResponse(err);
  }
}
