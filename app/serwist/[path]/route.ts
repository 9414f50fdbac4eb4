import { spawnSync } from "node:child_process";
import { createSerwistRoute } from "@serwist/turbopack";

// The offline page is precached with the build: its revision is the commit (or a fresh id).
const revision = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf-8" }).stdout?.trim() || crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/offline/sw.ts",
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: "/offline", revision }],
  // The build's own files and the icons: the form's code (with the instrument), its CSS and fonts.
  globPatterns: [`${process.env.SENTRA_DIST_DIR || ".next"}/static/**/*.{js,css,woff2,png,svg,ico}`, "public/icons/*.png"],
});
