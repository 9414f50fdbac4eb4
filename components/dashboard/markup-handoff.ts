/**
 * Hands the dashboard's cached markup from the page (a server component) to the
 * server-side render of <DashboardMarkup> (a client component) in the same process,
 * so that the markup does not also travel in the page's RSC payload
 * (components/dashboard/dashboard-markup.tsx explains why).
 *
 * Next.js bundles server components and the server render of client components
 * separately, so each gets its own copy of this module; the store itself lives on
 * globalThis. Keys are the markup's id (a hash of the markup), so an entry can only
 * ever hold the markup its key names. The page puts the markup in a moment before
 * the same request's server render reads it; a small bound is plenty.
 */
const STORE = Symbol.for("sentra.dashboard.markup-handoff");
const LIMIT = 64;

type Holder = { [STORE]?: Map<string, string> };

function store(): Map<string, string> {
  const holder = globalThis as Holder;
  holder[STORE] ??= new Map();
  return holder[STORE];
}

export function putMarkup(id: string, html: string): void {
  const map = store();
  // Re-inserted, so the oldest key is the least recently used one.
  map.delete(id);
  map.set(id, html);
  while (map.size > LIMIT) map.delete(map.keys().next().value!);
}

export function getMarkup(id: string): string | undefined {
  return store().get(id);
}
