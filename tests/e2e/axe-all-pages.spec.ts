import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { FIRST_LOAD_JS_BUDGET_KB, firstLoadJs } from "../support/first-load-js";
import { ERROR_PAGES, PAGES, type Account, type PageVisit } from "./fixtures/pages";

// Accessibility on every page of every role: each page in fixtures/pages.ts (one entry per
// app/**/page.tsx, checked by tests/unit/e2e-page-list.test.ts) is opened by every account
// allowed to open it, and axe finds no serious or critical violation. All of axe's rules run
// (WCAG 2.x A/AA and best practices), not a sample. On the same visits, each page's
// first-load JavaScript stays within the budget (180 kB gzipped, issue #17).

const ACCOUNTS: Account[] = ["admin", "staff", "consultant", "manager"];

// Chunks are the same for every page that loads them: fetched and sized once per worker.
const measureJs = firstLoadJs(async (script) => {
  const res = await fetch(new URL(script, test.info().project.use.baseURL));
  expect(res.status, script).toBe(200);
  return Buffer.from(await res.arrayBuffer());
});

/** Opens the page, waits for it to settle (client components mounted, charts drawn). */
async function open(page: Page, visit: PageVisit, who: Account | null): Promise<string> {
  let path = typeof visit.path === "function" ? visit.path(who!) : visit.path;
  if (visit.linkTo) {
    await page.goto(path);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const target = hrefs.find((h) => visit.linkTo!.test(h));
    expect(target, `a link matching ${visit.linkTo} on ${path}`).toBeTruthy();
    path = target!;
  }
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(visit.status ?? 200);
  const js = await measureJs(await response!.text());
  expect(js.kb, `first-load JS of ${path} (kB gzipped): ${js.scripts.join(" ")}`).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET_KB);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  return path;
}

/** The visits of a route: its page, and the other paths it names (`more`). */
function visitsOf(route: string, visit: PageVisit): Array<[string, PageVisit]> {
  return [[route, visit], ...(visit.more ?? []).map((path): [string, PageVisit] => [`${route} ${path}`, { ...visit, path }])];
}

async function signedInPage(browser: Browser, storageState: string) {
  const context = await browser.newContext({ storageState });
  return { context, page: await context.newPage() };
}

test.describe("signed out", () => {
  for (const [route, visit] of Object.entries(PAGES)) {
    if (visit.who !== "anonymous") continue;
    test(`${route} has no serious axe violation`, async ({ page }) => {
      const path = await open(page, visit, null);
      await expectNoSeriousViolations(page, path);
    });
  }
});

for (const who of ACCOUNTS) {
  test.describe(who, () => {
    let storageState = "";

    test.beforeAll(async ({ browser }, testInfo) => {
      test.setTimeout(180_000);
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInAs(page, who);
      storageState = testInfo.outputPath(`${who}-state.json`);
      await context.storageState({ path: storageState });
      await context.close();
    });

    for (const [route, visit] of Object.entries(PAGES).flatMap(([r, v]) => visitsOf(r, v))) {
      if (visit.who === "anonymous" || !visit.who.includes(who)) continue;
      test(`${route} has no serious axe violation`, async ({ browser }) => {
        // The first, uncached render of the national dashboard can take a while on a busy machine.
        test.setTimeout(180_000);
        const { context, page } = await signedInPage(browser, storageState);
        try {
          const path = await open(page, visit, who);
          await expectNoSeriousViolations(page, `${who} ${path}`);
        } finally {
          await context.close();
        }
      });
    }

    for (const error of ERROR_PAGES.filter((e) => e.who === who)) {
      test(`the ${error.name} page has no serious axe violation`, async ({ browser }) => {
        const { context, page } = await signedInPage(browser, storageState);
        try {
          const response = await page.goto(error.path);
          expect(response?.status(), error.path).toBe(error.status);
          await page.waitForLoadState("networkidle");
          await expectNoSeriousViolations(page, `${who} ${error.path}`);
        } finally {
          await context.close();
        }
      });
    }
  });
}
