import type { KnipConfig } from "knip";

// Dead code, unused exports and unused dependencies (`npm run lint:dead`).
// Knip's Next.js, Vitest, Playwright, ESLint and Prisma plugins add their own entry points
// (app/**/page.tsx, route.ts, layout.tsx, proxy.ts, next.config.js, the test files, the
// configs); the entries below are the ones no plugin knows about.
const config: KnipConfig = {
  entry: ["scripts/*.{ts,mjs}", "prisma/seed.ts", "tests/bench/*.bench.ts", "tests/support/empty-module.ts"],
  project: ["**/*.{ts,tsx,mjs}"],
  ignore: ["lib/generated/**", "tools/**"],
};

export default config;
