import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { expect, test } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/app-process";
import { signInAs } from "./fixtures/auth";

// Issue #18: Lighthouse's best-practice checks pass on the diagnosis form, the page staff
// install and use offline (Lighthouse 12 has no PWA category any more: docs/offline.md).
// Lighthouse's own mobile emulation, on the production build, signed in as staff on the
// seeded draft (prisma/seed-diagnoses.ts), which it only reads.

const DRAFT = "demo-diag-bordir-tasik-draft";

test.describe.configure({ timeout: 180_000 });

test("the diagnosis form passes Lighthouse's best-practice audits (console errors, CSP, HTTPS-ready, deprecated APIs)", async ({
  page,
}) => {
  await signInAs(page, "staff");
  await page.goto(`/diagnoses/${DRAFT}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(page.url(), {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["best-practices"],
      extraHeaders: { Cookie: cookie },
    });
    const lhr = result!.lhr;
    expect(lhr.runtimeError, lhr.runtimeError?.message).toBeUndefined();
    // Lighthouse followed no redirect to the sign-in page: it audited the form itself.
    expect(new URL(lhr.finalDisplayedUrl).pathname).toBe(`/diagnoses/${DRAFT}/edit`);
    const category = lhr.categories["best-practices"]!;
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${audit.id}: ${audit.title} ${JSON.stringify((audit.details as { items?: unknown[] } | undefined)?.items ?? [])}`);
    expect(failing).toEqual([]);
    expect(category.score).toBe(1);
  } finally {
    chrome.kill();
  }
});
