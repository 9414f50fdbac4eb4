/// <reference lib="webworker" />
/**
 * The service worker (built by @serwist/turbopack from app/serwist/[path]/route.ts,
 * served at /serwist/sw.js, registered by components/offline/service-worker.tsx in
 * production builds only). What it keeps, and for how long, is in docs/offline.md:
 *  - the build's static files (JS, CSS, fonts, icons) and /offline, precached at install;
 *  - diagnosis forms (/diagnoses/<id>/edit) the user opened: network first, the cached
 *    copy only when the network fails; 30 forms, 14 days;
 *  - nothing else: API responses, server actions, reports and lists go to the network.
 * Offline, any other page opens /offline.
 */
import { Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from "serwist";
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly } from "serwist";
import { FORM_PATH, FORMS_CACHE, OFFLINE_URL, STATIC_CACHE } from "@/lib/offline/cache-names";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;

/**
 * Only a form the server actually rendered is kept: a redirect (to sign-in when the
 * session ended, to the read-only page once submitted) or an error is not. A redirect
 * to sign-in also empties the forms cache: the session is over.
 */
const onlyRenderedForms: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
  fetchDidSucceed: async ({ response }) => {
    if (response.redirected && new URL(response.url).pathname === "/login") await caches.delete(FORMS_CACHE);
    return response;
  },
};

/** A page request (a navigation, or a page the form asked to keep), never a React Server Component fetch. */
function isPageRequest(request: Request, url: URL): boolean {
  return request.method === "GET" && !request.headers.has("RSC") && !url.searchParams.has("_rsc");
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && FORM_PATH.test(url.pathname) && isPageRequest(request, url),
      handler: new NetworkFirst({
        cacheName: FORMS_CACHE,
        networkTimeoutSeconds: 10,
        // A page and a Server Component payload differ in their Vary headers, but RSC fetches never reach this route.
        matchOptions: { ignoreVary: true },
        plugins: [onlyRenderedForms, new ExpirationPlugin({ maxEntries: 30, maxAgeSeconds: 14 * DAY })],
      }),
    },
    {
      // Files of a build: their names carry a hash, so a cached copy is never stale.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: STATIC_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY })] }),
    },
    {
      // Every other page goes to the network; offline, the fallback below answers.
      matcher: ({ request }) => request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
