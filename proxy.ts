/**
 * Runs before every page and API request. It is NOT the security boundary (every
 * page, action and route handler authorises itself; see lib/auth/session.ts). It:
 *  - gives each request an id and a CSP nonce, and sets the security headers;
 *  - redirects visitors without a session cookie to the sign-in page;
 *  - slides the 30-minute idle timeout forward while a signed-in user is active;
 *  - refuses, before any page, route or action runs, a URL holding control characters
 *    or broken percent-encoding (400) and a server action posted from another origin (403),
 *    which Next.js and PostgreSQL otherwise answer with a 500 (docs/security-boundary.md).
 */
import { encode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import {
  ABSOLUTE_LIFETIME_MS,
  IDLE_TIMEOUT_SECONDS,
  SESSION_COOKIE,
  SESSION_COOKIE_SECURE,
  isSentraClaims,
} from "@/lib/auth/session-policy";
import { createTokenCache } from "@/lib/auth/token-cache";
import { STATIC_SECURITY_HEADERS, buildCsp, hstsHeader } from "@/lib/http/csp";
import { isWellFormedActionBody } from "@/lib/http/action-body";
import { isMalformedUrl, isSameOrigin } from "@/lib/http/malformed-url";
import { LOCALE_COOKIE, refusalResponse, requestLocale } from "@/lib/http/refusal";
import { apiLocale } from "@/lib/api/locale";

// The offline app's files hold no personal data, and browsers fetch the manifest and the
// service worker's script without the session (docs/offline.md).
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health", "/offline", "/manifest.webmanifest", "/icons", "/serwist"];
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function isPublic(pathname: string) {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const decodeSessionToken = createTokenCache();
/**
 * A token issued less than this long ago is not re-issued: the idle timeout moves in steps
 * of a minute. Tests lower it with SENTRA_TEST_REISSUE_AFTER_SECONDS (0-60, read once) to
 * exercise the re-issue without waiting a minute; it can only make re-issue more frequent.
 */
const REISSUE_AFTER_SECONDS = reissueAfterSeconds(process.env.SENTRA_TEST_REISSUE_AFTER_SECONDS);

function reissueAfterSeconds(raw: string | undefined): number {
  const value = raw === undefined || raw === "" ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= 60 ? value : 60;
}

async function refreshedSession(raw: string, secret: string): Promise<string | null> {
  try {
    const token = await decodeSessionToken(raw, secret);
    if (!isSentraClaims(token) || Date.now() - token.authTime > ABSOLUTE_LIFETIME_MS) return null;
    const issued = typeof token.iat === "number" ? token.iat : 0;
    if (Date.now() / 1000 - issued < REISSUE_AFTER_SECONDS) return null;
    // A fresh iat/exp/jti are set by encode.
    const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
    return await encode({ token: claims, secret, maxAge: IDLE_TIMEOUT_SECONDS });
  } catch {
    return null;
  }
}

export async function proxy(request: NextRequest) {
  const isDev = process.env.NODE_ENV !== "production";
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const incomingId = request.headers.get("x-request-id");
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();
  const isHttps = request.nextUrl.protocol === "https:" || (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const csp = buildCsp(nonce, isDev, isHttps);
  const { pathname, search } = request.nextUrl;
  // Route handlers set their own Content-Security-Policy (evidence downloads a stricter one): it must win.
  const isApi = pathname.startsWith("/api/");

  const refusal = await refuseEarly(request, isApi);
  if (refusal) {
    const response = new NextResponse(refusal.body, refusal);
    if (!isApi) response.headers.set("Content-Security-Policy", csp);
    return withSecurityHeaders(response, requestId, isHttps);
  }

  const secureCookie = request.cookies.get(SESSION_COOKIE_SECURE);
  const sessionCookie = secureCookie ?? request.cookies.get(SESSION_COOKIE);

  let response: NextResponse;
  if (!sessionCookie && !isPublic(pathname) && !pathname.startsWith("/api/")) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("x-request-id", requestId);
    if (!isApi) headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });

    const secret = process.env.NEXTAUTH_SECRET;
    // Prefetches are not user activity, and refreshing on them races a sign-out. Caveat:
    // Next strips its router headers (rsc, next-router-prefetch, next-router-state-tree,
    // next-router-segment-prefetch) before the proxy runs and puts them back after it
    // (next/dist/server/web/adapter.js, FLIGHT_HEADERS), so this sees only the browser's
    // own prefetches (`purpose`): a router prefetch re-issues the cookie like a page
    // load (docs/one-way.md, "The prefetch 404").
    const isPrefetch = request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
    if (sessionCookie && secret && !isPrefetch && !pathname.startsWith("/api/auth")) {
      const fresh = await refreshedSession(sessionCookie.value, secret);
      if (fresh) {
        response.cookies.set(sessionCookie.name, fresh, {
          httpOnly: true,
          sameSite: "lax",
          path: "/",
          secure: Boolean(secureCookie) || isHttps,
          maxAge: IDLE_TIMEOUT_SECONDS,
        });
      }
    }
  }
  if (!isApi) response.headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(response, requestId, isHttps);
}

function withSecurityHeaders(response: NextResponse, requestId: string, isHttps: boolean): NextResponse {
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (isHttps) response.headers.set("Strict-Transport-Security", hstsHeader());
  return response;
}

/** Requests no page, route or action can serve, answered before they reach one. */
async function refuseEarly(request: NextRequest, isApi: boolean): Promise<Response | null> {
  const isAction = request.method === "POST" && request.headers.has("next-action");
  if (isMalformedUrl(request.url)) {
    // /api/v1 speaks its own error body, in the language of Accept-Language (docs/api.md).
    if (request.nextUrl.pathname.startsWith("/api/v1/"))
      return refusalResponse({
        status: 400,
        locale: apiLocale(request.headers.get("accept-language")),
        key: "badRequestShort",
        json: "api-v1",
      });
    const locale = requestLocale(request.cookies.get(LOCALE_COOKIE)?.value);
    return refusalResponse({ status: 400, locale, key: "badRequestShort", json: isApi || isAction });
  }
  const locale = requestLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const origin = request.headers.get("origin");
  if (isAction && origin && origin !== "null") {
    const publicUrl = process.env.NEXTAUTH_URL;
    const ownHosts = [
      request.headers.get("x-forwarded-host"),
      request.headers.get("host"),
      publicUrl && URL.canParse(publicUrl) ? new URL(publicUrl).host : null,
    ];
    if (!isSameOrigin(origin, ownHosts)) return refusalResponse({ status: 403, locale, key: "crossOrigin", json: true });
  }
  if (isAction && !(await isWellFormedActionBody(request))) return refusalResponse({ status: 400, locale, key: "badBody", json: true });
  return null;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)" }],
};
