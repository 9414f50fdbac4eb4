/**
 * Bounded HTTP load on one URL with autocannon, keeping every response time so p50
 * and p95 are exact (autocannon's own summary has no p95).
 */
import autocannon, { type Result } from "autocannon";
import { summarize, type Summary } from "./stats";

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
    const instance = autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: 30 }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status === 200) times.push(responseTime);
      else failures++;
    });
  });
  failures += result.errors + result.timeouts;
  return { ...summarize(times), rps: times.length / seconds, failures };
}
