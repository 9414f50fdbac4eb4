import { hasForbiddenChars } from "@/lib/forms/text";

/**
 * Whether a request URL is one no Sentra page or route can mean: a path segment or
 * query component that is not valid percent-encoded UTF-8 (`%FF%FE`, overlong `%E0%80%80`),
 * or that decodes to a control character (`%00`). Such input used to reach the
 * database and fail there with a 500; proxy.ts now answers it with a 400.
 */
export function isMalformedUrl(url: string): boolean {
  const start = url.indexOf("://");
  const pathStart = start === -1 ? 0 : url.indexOf("/", start + 3);
  if (pathStart === -1) return false;
  const rest = url.slice(pathStart).split("#")[0] ?? "";
  const queryAt = rest.indexOf("?");
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const query = queryAt === -1 ? "" : rest.slice(queryAt + 1);
  const parts = [
    ...path.split("/"),
    ...query
      .split("&")
      .flatMap((pair) => pair.split("="))
      .map((p) => p.replaceAll("+", " ")),
  ];
  return parts.some((part) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return true;
    }
    return hasForbiddenChars(decoded);
  });
}

/** Whether an `Origin` header names this site: the request's own host, or the configured public URL's. */
export function isSameOrigin(origin: string, ownHosts: Array<string | null | undefined>): boolean {
  if (!URL.canParse(origin)) return false;
  const host = new URL(origin).host;
  return ownHosts.some((h) => !!h && h === host);
}
