import "server-only";

const MAX_ENTRIES = 400;
const entries = new Map<string, Promise<unknown>>();

/**
 * Results of the dashboard's aggregations, kept in memory under a key that includes
 * the data version (summary.ts) and the user's scope: a new version is a new key, so
 * nothing is served after the data changed (beyond PostgreSQL's publication delay of
 * its counters). Concurrent requests for one key share one computation. A failed
 * computation is not kept. DASHBOARD_CACHE=off turns it off (benchmark comparison).
 */
export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.DASHBOARD_CACHE === "off") return compute();
  const hit = entries.get(key);
  if (hit) {
    // Most recently used last: the first key is the one to evict.
    entries.delete(key);
    entries.set(key, hit);
    return hit as Promise<T>;
  }
  const value = compute();
  entries.set(key, value);
  value.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
