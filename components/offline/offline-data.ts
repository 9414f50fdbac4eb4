import { clearSavedCopies } from "@/components/diagnosis/local-drafts";
import { PERSONAL_CACHES } from "@/lib/offline/cache-names";

/**
 * Asks the service worker to keep this page for use offline, when it was reached by a
 * client-side navigation (a link in the app): only a full page load passes through the
 * worker's form route by itself. Nothing happens without a controlling worker.
 */
export function keepPageOffline(): void {
  const controller = typeof navigator !== "undefined" ? navigator.serviceWorker?.controller : null;
  if (!controller || !navigator.onLine) return;
  const loaded = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (loaded && new URL(loaded.name).pathname === window.location.pathname) return;
  controller.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [window.location.pathname] } });
}

/**
 * On sign-out: the cached forms and the saved copies of answers go; the build's files and
 * the offline page (no personal data) stay, and so do answers not yet sent (work that
 * would otherwise be lost; they are sent at the next sign-in by someone allowed to).
 */
export async function clearOfflineData(): Promise<void> {
  clearSavedCopies();
  if (typeof caches === "undefined") return;
  await Promise.all(PERSONAL_CACHES.map((name) => caches.delete(name).catch(() => false)));
}
