import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGES } from "../e2e/fixtures/pages";

/** The routes of app/**\/page.tsx, route groups `(x)` left out: "/clusters/[clusterId]/edit". */
function appRoutes(dir: string, segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name.startsWith("_")) continue; // private folders are not routes
      const group = entry.name.startsWith("(") && entry.name.endsWith(")");
      routes.push(...appRoutes(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
    } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) {
      routes.push(`/${segments.join("/")}`);
    }
  }
  return routes;
}

describe("the accessibility spec's page list", () => {
  it("has exactly one entry for every page under app/", () => {
    const routes = appRoutes(path.resolve(import.meta.dirname, "../../app")).sort();
    expect(routes.length).toBeGreaterThan(20);
    expect(Object.keys(PAGES).sort()).toEqual(routes);
  });

  it("visits every page as at least one user", () => {
    for (const [route, visit] of Object.entries(PAGES)) expect(visit.who === "anonymous" || visit.who.length > 0, route).toBe(true);
  });
});
