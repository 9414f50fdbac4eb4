import en from "@/lib/i18n/messages/en/boundary.json";
import id from "@/lib/i18n/messages/id/boundary.json";
import { LOCALE_COOKIE, isLocale, type AppLocale } from "@/lib/i18n/config";

type BoundaryKey = keyof typeof id;
const CATALOGUE: Record<AppLocale, Record<BoundaryKey, string>> = { id, en };

/**
 * The language of a request the app has not handled yet (proxy.ts): the language
 * cookie, else Indonesian. (A signed-in user's saved choice also sets that cookie.)
 */
export function requestLocale(cookieValue: string | undefined): AppLocale {
  return isLocale(cookieValue) ? cookieValue : "id";
}

function boundaryMessage(locale: AppLocale, key: BoundaryKey): string {
  return CATALOGUE[locale][key];
}

export { LOCALE_COOKIE };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The /api/v1 code of a status the boundary refuses with (lib/api/errors.ts). */
const API_CODES: Record<number, string> = { 400: "BAD_REQUEST", 403: "FORBIDDEN" };

/**
 * A refusal before the app runs: for /api/v1, the API's documented error body
 * (`{ error: { code, message } }`, docs/api.md); JSON (`{ formError }`, as every other
 * route handler answers) for the other API routes and for server actions; a small page
 * otherwise. No script, no user input echoed.
 */
export function refusalResponse(opts: { status: number; locale: AppLocale; key: BoundaryKey; json: boolean | "api-v1" }): Response {
  const message = boundaryMessage(opts.locale, opts.key);
  const headers = { "Cache-Control": "no-store" };
  if (opts.json === "api-v1")
    return Response.json(
      { error: { code: API_CODES[opts.status] ?? "BAD_REQUEST", message } },
      { status: opts.status, headers: { ...headers, "Content-Language": opts.locale } },
    );
  if (opts.json) return Response.json({ formError: message }, { status: opts.status, headers });
  const title = boundaryMessage(opts.locale, opts.key === "badRequestShort" ? "badRequestTitle" : opts.key);
  const body = opts.key === "badRequestShort" ? boundaryMessage(opts.locale, "badRequestBody") : message;
  const html = `<!doctype html><html lang="${opts.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Sentra</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem"><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="/">${escapeHtml(boundaryMessage(opts.locale, "goHome"))}</a></p></main></body></html>`;
  return new Response(html, { status: opts.status, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
