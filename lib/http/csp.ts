/**
 * The Content-Security-Policy for a page response. Scripts run only with this
 * request's nonce (Next.js adds it to its own scripts when it sees the header);
 * styles allow 'unsafe-inline' because React and recharts set style attributes.
 */
export function buildCsp(nonce: string, isDev: boolean, isHttps = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind https: on a plain-http host the browser would upgrade requests and fail them.
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(self)",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Behind https only (NEXTAUTH_URL or the request is https): two years, subdomains included. */
export function hstsHeader(): string {
  return "max-age=63072000; includeSubDomains";
}
