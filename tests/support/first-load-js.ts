import { gzipSync } from "node:zlib";

/** The budget of issue #17: no page's first-load JavaScript above 180 kB gzipped. */
export const FIRST_LOAD_JS_BUDGET_KB = 180;

/**
 * A page's first-load JavaScript: every script its HTML loads or preloads from the build
 * (`/_next/static/…js`), except `noModule` ones (polyfills only old browsers fetch),
 * gzipped one by one and summed, in kB. Chunks loaded later (a chart as it comes into
 * view, the diagnosis engine after the form is interactive) are not counted. `fetchBytes`
 * gets a script's bytes by its path; sizes are kept per path for the next page.
 */
export function firstLoadJs(fetchBytes: (path: string) => Promise<Buffer>) {
  const sizes = new Map<string, Promise<number>>();
  return async (html: string): Promise<{ kb: number; scripts: string[] }> => {
    const scripts = new Set<string>();
    for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
      if (/\bnomodule\b/i.test(tag[0])) continue;
      const m = /(?:src|href)="(\/_next\/static\/[^"]+?\.js)"/.exec(tag[0]);
      if (m) scripts.add(m[1]!);
    }
    let bytes = 0;
    for (const script of scripts) {
      if (!sizes.has(script))
        sizes.set(
          script,
          fetchBytes(script).then((b) => gzipSync(b).length),
        );
      bytes += await sizes.get(script)!;
    }
    return { kb: bytes / 1024, scripts: [...scripts] };
  };
}
