import { z } from "zod";
import { text } from "@/lib/forms/text";
import type { AppLocale } from "@/lib/i18n/config";
import { apiTranslator } from "@/lib/api/messages";

/** Every refusal of /api/v1, with its status. The codes are part of the API: never rename one. */
const API_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as ApiErrorCode[];

/** THE error body: a stable code, a message in the caller's language, and field errors by path. */
export const apiErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES as [ApiErrorCode, ...ApiErrorCode[]]),
      message: text(),
      fieldErrors: z.record(text(), z.array(text())).optional(),
    }),
  })
  .meta({ id: "Error" });
type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** A refusal decided by the API layer itself (bad body, scope, rate limit). */
export class ApiRefusal extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly fieldErrors?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(code);
    this.name = "ApiRefusal";
  }
}

export function apiErrorResponse(
  code: ApiErrorCode,
  locale: AppLocale,
  extra: { fieldErrors?: Record<string, string[]>; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = { error: { code, message: apiTranslator(locale, "api")(`errors.${code}`) } };
  if (extra.fieldErrors && Object.keys(extra.fieldErrors).length) body.error.fieldErrors = extra.fieldErrors;
  return Response.json(body, {
    status: API_ERROR_STATUS[code],
    headers: { "Cache-Control": "no-store", "Content-Language": locale, ...extra.headers },
  });
}
