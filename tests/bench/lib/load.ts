/**
 * Bounded HTTP load on one URL with autocannon, keeping every response time so p50
 * and p95 are exact (autocannon's own summary has no p95).
 */
import autocannon, { type Result } from "autocannon";
import { summarize, type Summary } from "./stats";

/**
 * What a browser sends as Accept when it loads a page (Chromium's navigation header);
 * API endpoints are asked for with fetch()'s default (any type). The dashboard answers
 * page loads the way a browser asks for them.
 */
const PAGE_LOAD_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

export function acceptFor(url: string): string {
  return new URL(url).pathname.startsWith("/api/") ? "*/*" : PAGE_LOAD_ACCEPT;
}

export interface LoadResult extends Summary {
  rps: number;
  failures: number;
}

export async function load(
  url: string,
  cookie: string,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`Load is only ever sent to 127.0.0.1 (got ${url})`);
  const times: number[] = [];
  let failures = 0;
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, headers: { cookie, accept: acceptFor(url) }, timeout: 30 },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status === 200) times.push(responseTime);
      else failures++;
    });
  });
  failures += result.errors + result.timeouts;
  return { ...summarize(times), rps: times.length / seconds, failures };
}
