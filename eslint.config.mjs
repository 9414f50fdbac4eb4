import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Import boundaries (ARCHITECTURE.md, "Import boundaries"). Each folder gets one
// `no-restricted-imports` entry listing everything it may not import; a later entry for a
// narrower folder replaces the earlier one, so narrower entries repeat the wider rules.
const PARENT = {
  regex: "^\\.\\./",
  message: "Import through the `@/` alias, not `../`, so the boundaries below can see where an import goes.",
};
const PRISMA = {
  regex: "^(@prisma/|@/lib/generated(/|$)|@/lib/db$)",
  message: "Routes and components do not touch the database: call a query or action in lib/<domain>/.",
};
const APP = { regex: "^@/app(/|$)", message: "Nothing imports from app/: routes are the top of the graph." };
const COMPONENTS = { regex: "^@/components(/|$)", message: "lib/ does not import components/: move the shared type or logic into lib/." };
const boundary = (...patterns) => ["error", { patterns }];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "tools/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  { files: ["app/**", "proxy.ts"], rules: { "no-restricted-imports": boundary(PARENT, PRISMA) } },
  { files: ["components/**"], rules: { "no-restricted-imports": boundary(PARENT, PRISMA, APP) } },
  {
    files: ["components/ui/**"],
    rules: {
      "no-restricted-imports": boundary(PARENT, APP, {
        // lib/forms is the form plumbing every form shares (action state, field binding), not domain code.
        regex: "^@/(lib/(?!forms/)|components/(?!ui/))",
        message:
          "components/ui holds primitives: no domain code (lib/ other than lib/forms, other components/). Pass data and texts in as props.",
      }),
    },
  },
  { files: ["lib/**"], rules: { "no-restricted-imports": boundary(PARENT, APP, COMPONENTS) } },
  {
    files: ["lib/diagnosis/engine/**"],
    rules: {
      "no-restricted-imports": boundary({
        // Its own files (./x), zod, the closed code lists (lib/support/codes.ts: pure
        // constants, no imports), and in its tests vitest and fast-check: nothing else.
        regex: "^(?!\\./|\\.\\./\\.\\./support/codes$|zod$|vitest$|fast-check$)",
        message: "The diagnosis engine is pure and self-contained: it imports only its own files (./x) and zod.",
      }),
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
