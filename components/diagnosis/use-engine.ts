"use client";

import { useEffect, useState } from "react";
import type * as ScoringModule from "@/lib/diagnosis/engine/score";

type Engine = typeof ScoringModule;

let loading: Promise<Engine> | null = null;

/**
 * The engine's scoring (`diagnose`, the same function as the engine's index exports; with
 * zod, without the instruments' data: the page passes its instrument in) in a chunk of its
 * own, loaded after the page is interactive rather than with it: the form and the review
 * show the server's result until it arrives. The service worker precaches the chunk
 * with the rest of the build, so it loads offline too.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import("@/lib/diagnosis/engine/score").catch((error: unknown) => {
    loading = null; // a failed fetch (offline before the worker installed) may be retried
    throw error;
  });
  return loading;
}

/** The engine once loaded (null until then, and if it cannot be fetched). */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(() => loaded),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return engine;
}
