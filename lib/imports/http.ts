import "server-only";
import { getTranslations } from "next-intl/server";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { Translator } from "@/lib/imports/messages";

/** Translators for dynamic keys (namespaced catalogues, keys built at run time). */
export async function importTranslators(): Promise<{ tImports: Translator; tErrors: Translator }> {
  const tImports = (await getTranslations("imports")) as unknown as Translator;
  const tErrors = (await getTranslations("errors")) as unknown as Translator;
  return { tImports, tErrors };
}

/** An expected failure as JSON with its status; an unexpected one is logged and shown generically. */
export async function errorResponse(err: unknown): Promise<Response> {
  const { tErrors } = await importTranslators();
  if (isAppError(err)) return Response.json({ formError: tErrors(err.code) }, { status: err.status });
  logger.error({ err: err instanceof Error ? err.message : String(err) }, "route handler error");
  return Response.json({ formError: tErrors("unexpected") }, { status: 500 });
}

/** Query parameters as the list pages receive them (first value of each). */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!(k in out)) out[k] = v;
  return out;
}

export function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
}
