import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";

type StaticRenderer = { renderToStaticMarkup(element: ReactElement): string };

let renderer: StaticRenderer | null = null;

/**
 * HTML of a tree of host elements and synchronous function components (no hooks, no
 * client components), rendered by React's own static renderer.
 *
 * Next.js does not let server components import `react-dom/server` (its bundler
 * replaces it), so the renderer is loaded from node_modules at run time. Elements made
 * by the app's JSX are plain values (tagged with registered symbols) that React's
 * renderer of the same version renders: tests/unit/dashboard-markup.test.tsx checks the
 * markup, tests/e2e/dashboard.spec.ts the page of the production build.
 */
export function renderStaticMarkup(element: ReactElement): string {
  renderer ??= createRequire(path.join(process.cwd(), "package.json"))("react-dom/server") as StaticRenderer;
  return renderer.renderToStaticMarkup(element);
}
