/**
 * Where to go after signing in. The browser, not a string test, decides what a URL
 * means: `/\evil.example`, `/<TAB>/evil.example` and `//evil.example` all start with
 * one slash and all leave the site. So the target is resolved against the app's own
 * origin with the WHATWG URL parser (the one the browser uses) and followed only if
 * it stays on that origin; what is followed is the normalised path, never the raw input.
 * Used by the sign-in page on the server and by the form in the browser.
 */
const PLACEHOLDER_ORIGIN = "http://sentra.invalid";

export function safeCallbackPath(raw: unknown, origin: string = PLACEHOLDER_ORIGIN): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return null;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return null;
  }
  if (target.origin !== base.origin) return null;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // Belt and braces: the normalised path itself must not be protocol-relative.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  return path;
}
