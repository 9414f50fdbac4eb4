"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (lib/offline/sw.ts, served at /serwist/sw.js) in
 * production builds only: in development every change would have to get past its
 * caches. Rendered by the signed-in app shell, so a user who has signed in once on a
 * device has it, and the forms they open are kept for use offline (docs/offline.md).
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" }).catch(() => {
      // No service worker (private mode, an old browser): the app works online as before.
    });
  }, []);
  return null;
}
