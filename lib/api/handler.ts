import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/roles";
import { isDatabaseUnreachable } from "@/lib/database-errors";
import { isAppError } from "@/lib/errors";
import { parseFieldMessage } from "@/lib/forms/messages";
import type { AppLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/logger";
import { authenticateApiRequest, recordTokenUse, type ApiCaller } from "@/lib/api/authenticate";
import { ApiRefusal, apiErrorResponse, type ApiErrorCode } from "@/lib/api/errors";
import { apiLocale } from "@/lib/api/locale";
import { apiTranslator } from "@/lib/api/messages";
import { consumeApiRequest } from "@/lib/api/rate-limit";
import type { TokenScope } from "@/lib/tokens/schema";

export interface ApiContext extends ApiCaller {
  request: Request;
  url: URL;
  locale: AppLocale;
  params: Record<string, string>;
}

export interface ApiResult {
  body: unknown;
  status?: number;
}

interface ApiSpec {
  /** The token must carry this scope… */
  scope: TokenScope;
  /** …and its owner's role this permission (lib/auth/roles.ts), as on the pages. */
  permission: Permission;
  run(ctx: ApiContext): Promise<ApiResult>;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** JSON with BigInt money as strings (whole Rupiah), as the whole API writes it. */
function toJson(body: unknown): string {
  return JSON.stringify(body, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

function zodFieldErrors(error: z.ZodError, locale: AppLocale): Record<string, string[]> {
  const tErrors = apiTranslator(locale, "errors");
  const tApi = apiTranslator(locale, "api");
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_body";
    const { key, params } = parseFieldMessage(issue.message);
    const message = tApi.has(`fields.${key}`)
      ? tApi(`fields.${key}`, params)
      : tErrors.has(`field.${key}`)
        ? tErrors(`field.${key}`, params)
        : tErrors("field.invalidChoice");
    (out[path] ??= []).push(message);
  }
  return out;
}

// An embedded server is back within seconds of a crash (docs/backup-and-restore.md).
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Any failure of a handler as THE error body. A database that cannot be reached is 503
 * with Retry-After (the client may simply try again); other unknown errors are logged
 * and answered 500 without detail.
 */
function failure(err: unknown, locale: AppLocale): Response {
  if (err instanceof ApiRefusal) return apiErrorResponse(err.code, locale, { fieldErrors: err.fieldErrors, headers: err.headers });
  if (err instanceof z.ZodError) return apiErrorResponse("INVALID_INPUT", locale, { fieldErrors: zodFieldErrors(err, locale) });
  if (isAppError(err)) {
    const { field, fieldMessage } = err.details ?? {};
    const fieldErrors =
      typeof field === "string" && typeof fieldMessage === "string"
        ? zodFieldErrors(new z.ZodError([{ code: "custom", path: field.split("."), message: fieldMessage, input: undefined }]), locale)
        : undefined;
    return apiErrorResponse(err.code as ApiErrorCode, locale, { fieldErrors });
  }
  if (isDatabaseUnreachable(err)) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "api: database unreachable");
    return apiErrorResponse("UNAVAILABLE", locale, { headers: { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } });
  }
  logger.error({ err: err instanceof Error ? err.message : String(err) }, "unexpected api error");
  return apiErrorResponse("INTERNAL", locale);
}

/** A weak validator of the body: equal JSON, equal tag. */
function etagOf(json: string): string {
  return `W/"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || `W/${tag}` === etag;
  });
}

/**
 * THE wrapper of every /api/v1 route handler: language (`Accept-Language`), bearer
 * token, rate limit per token, scope and role, the handler, then one audit row for the
 * use. GET answers carry an ETag and answer `If-None-Match` with 304. Every refusal is
 * `{ error: { code, message, fieldErrors? } }`; nothing is a raw 500.
 */
export function apiHandler(spec: ApiSpec) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    const locale = apiLocale(request.headers.get("accept-language"));
    const url = new URL(request.url);
    let caller: ApiCaller | undefined;
    let response: Response;
    try {
      caller = await authenticateApiRequest(request.headers.get("authorization"));
      const limitHeaders = await consumeApiRequest(caller.token.id);
      response = await (async () => {
        try {
          if (!caller.token.scopes.includes(spec.scope) || !can(caller.user.role, spec.permission)) throw new ApiRefusal("FORBIDDEN");
          // Next passes a context to every handler; on a route without segments its params resolve to undefined.
          const raw = (route ? await route.params : undefined) ?? {};
          const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]));
          const result = await spec.run({ ...caller, request, url, locale, params });
          const json = toJson(result.body);
          const headers: Record<string, string> = {
            ...limitHeaders,
            "Content-Type": "application/json; charset=utf-8",
            "Cache-Control": "private, no-cache",
            Vary: "Authorization, Accept-Language",
          };
          if (request.method === "GET") {
            headers.ETag = etagOf(json);
            if (matchesEtag(request.headers.get("if-none-match"), headers.ETag)) {
              // No body, so no Content-Type (RFC 9110 15.4.5: a 304 carries the 200's caching
              // fields only); Prism's proxy read the empty body as broken JSON.
              const { "Content-Type": _type, ...notModified } = headers;
              return new Response(null, { status: 304, headers: notModified });
            }
          }
          return new Response(json, { status: result.status ?? 200, headers });
        } catch (err) {
          const res = failure(err, locale);
          for (const [k, v] of Object.entries(limitHeaders)) res.headers.set(k, v);
          return res;
        }
      })();
    } catch (err) {
      response = failure(err, locale);
    }
    if (caller) {
      await recordTokenUse(caller, { method: request.method, path: url.pathname, status: response.status }).catch((err: unknown) =>
        logger.error({ err: err instanceof Error ? err.message : String(err) }, "api token use not recorded"),
      );
    }
    return response;
  };
}
