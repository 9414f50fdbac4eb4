export type RawSearchParams = Record<string, string | string[] | undefined>;

/** A page's `searchParams` with repeated keys reduced to their first value. */
export function firstValues(raw: RawSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The URL of a list with its filter state, so that views can be shared and paged. */
export function listHref(
  base: string,
  params: Record<string, string | number | undefined>,
  overrides: Record<string, string | number> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...params, ...overrides })) if (v !== undefined && v !== "") q.set(k, String(v));
  const query = q.toString();
  return query ? `${base}?${query}` : base;
}
