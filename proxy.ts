/**
 * Runs before every page and API request. It is NOT the security boundary (every
 * page, action and route handler authorises itself; see lib/auth/session.ts). It:
 *  - gives each request an id and a CSP nonce, and sets the security headers;
 *  - redirects visitors without a session cookie to the sign-in page;
 *  - slides the 30-minute idle timeout forward while a signed-in user is active.
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
import { STATIC_SECURITY_HEADERS, buildCsp } from "@/lib/http/csp";

const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

function isPublic(pathname: string) {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const decodeSessionToken = createTokenCache();
/** A token issued less than this long ago is not re-issued: the idle timeout moves in steps of a minute. */
const REISSUE_AFTER_SECONDS = 60;

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
  const csp = buildCsp(nonce, isDev, request.nextUrl.protocol === "https:" || (process.env.NEXTAUTH_URL ?? "").startsWith("https://"));

  const secureCookie = request.cookies.get(SESSION_COOKIE_SECURE);
  const sessionCookie = secureCookie ?? request.cookies.get(SESSION_COOKIE);
  const { pathname, search } = request.nextUrl;

  let response: NextResponse;
  if (!sessionCookie && !isPublic(pathname) && !pathname.startsWith("/api/")) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("x-request-id", requestId);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });

    const secret = process.env.NEXTAUTH_SECRET;
    // Prefetches never get here (config.matcher below), so this is user activity.
    if (sessionCookie && secret && !pathname.startsWith("/api/auth")) {
      const fresh = await refreshedSession(sessionCookie.value, secret);
      if (fresh) {
        response.cookies.set(sessionCookie.name, fresh, {
          httpOnly: true,
          sameSite: "lax",
          path: "/",
          secure: Boolean(secureCookie),
          maxAge: IDLE_TIMEOUT_SECONDS,
        });
      }
    }
  }
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)",
      // Router and browser prefetches skip the proxy. Next.js removes its router headers
      // (RSC, Next-Router-Prefetch, Next-Router-Segment-Prefetch, …) from the request the
      // proxy sees, so a check in proxy() cannot tell a prefetch from a navigation: every
      // prefetch re-issued the session cookie, i.e. a prefetch the user never asked for
      // slid the idle timeout and raced sign-out and other requests for the cookie. The
      // matcher runs on the request as sent. A prefetch needs nothing from the proxy: it
      // is not a document (no CSP nonce), not activity, and the page it prefetches checks
      // the session itself (redirecting to sign-in without one).
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
