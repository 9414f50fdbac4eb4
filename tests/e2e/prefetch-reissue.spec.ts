import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

/**
 * The prefetch 404 of issue #17 (docs/one-way.md, "The prefetch 404"): does the proxy's
 * sliding re-issue of the session cookie, which router prefetches also get, ever make a
 * Server Component request fail? In the suite it walks the dashboard's client-side
 * navigation and replays the router's prefetches in bursts: every Server Component
 * request must succeed, with no console error. With the test knob the server re-issues
 * the cookie on (almost) every request, and the test then also requires that it did:
 *
 *   SENTRA_TEST_REISSUE_AFTER_SECONDS=1 E2E_SKIP_BUILD=1 npm run test:e2e -- tests/e2e/prefetch-reissue.spec.ts
 *
 * (scripts/e2e.ts hands its environment to both the server and Playwright.)
 */
const reissueAfter = process.env.SENTRA_TEST_REISSUE_AFTER_SECONDS;

interface RscResponse {
  status: number;
  url: string;
  requestId: string;
  setsCookie: boolean;
}

/** Every Server Component response the page gets (router prefetches and navigations). */
function recordRsc(page: Page): RscResponse[] {
  const seen: RscResponse[] = [];
  page.on("response", async (response) => {
    if (!new URL(response.url()).searchParams.has("_rsc")) return;
    const headers = await response.allHeaders();
    seen.push({
      status: response.status(),
      url: response.url(),
      requestId: headers["x-request-id"] ?? "-",
      setsCookie: (headers["set-cookie"] ?? "").includes("session-token="),
    });
  });
  return seen;
}

test.describe("router prefetches while the session cookie is re-issued", () => {
  test("every Server Component request succeeds, and the session slides and stays valid", async ({ page }) => {
    test.setTimeout(180_000);
    // With the knob, each step waits until the token is old enough to be re-issued.
    const pause = reissueAfter ? (Number(reissueAfter) + 0.2) * 1000 : 200;
    const errors: string[] = [];
    page.on("console", (message) => void (message.type() === "error" && errors.push(`${message.text()} ${message.location().url}`)));
    await signInAs(page, "manager");
    await page.setViewportSize({ width: 820, height: 1180 });
    const rsc = recordRsc(page);
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });

    for (let round = 0; round < 3; round++) {
      const start = rsc.length;
      const providersSinceLoad = () => rsc.slice(start).filter((r) => new URL(r.url).pathname === "/providers").length;
      await page.goto("/dashboard");
      // The header's links prefetch on intent (components/layout/intent-link.tsx): none on
      // the page's load, and hovering sends the router's prefetch of /providers.
      await page.waitForLoadState("networkidle");
      expect(providersSinceLoad()).toBe(0);
      await nav.getByRole("link", { name: "Penyedia BDS", exact: true }).hover();
      await expect.poll(providersSinceLoad).toBeGreaterThan(0);
      await expect(page.locator(".recharts-wrapper").first()).toBeVisible({ timeout: 30_000 });
      for (const box of await page.locator('[data-chart] [role="img"]').all()) await box.evaluate((el) => el.scrollIntoView());
      await page.waitForTimeout(pause);
      // The map mounts as it comes into view.
      await page.locator("div#map").scrollIntoViewIfNeeded();
      await page
        .locator("div#map")
        .getByRole("link", { name: /^Jawa Tengah\b/ })
        .first()
        .click();
      await expect(page).toHaveURL(/\/clusters\?.*province=33/);
      await page.goBack();
      await expect(page).toHaveURL(/\/dashboard/);
      await page.waitForTimeout(pause);
      await nav.getByRole("link", { name: "Sentra", exact: true }).click();
      await expect(page).toHaveURL(/\/clusters$/);
      await nav.getByRole("link", { name: "Dasbor", exact: true }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await page.waitForTimeout(pause);
    }

    // The prefetches the router sent for /providers, sent again ten at a time: each
    // carries a cookie old enough to be re-issued, so each gets a new one at once.
    const providers = rsc.filter((r) => new URL(r.url).pathname === "/providers").map((r) => r.url);
    expect(providers.length).toBeGreaterThan(0);
    const burst = await page.evaluate(
      async (urls) => {
        const statuses: number[] = [];
        for (let round = 0; round < 3; round++) {
          const sent = urls.flatMap((url) =>
            Array.from({ length: 10 }, () =>
              fetch(url, { headers: { rsc: "1", "next-router-prefetch": "1", "next-url": "/dashboard" } }).then((r) => r.status),
            ),
          );
          statuses.push(...(await Promise.all(sent)));
          await new Promise((r) => setTimeout(r, 1500));
        }
        return statuses;
      },
      providers.slice(0, 2),
    );
    expect(burst.filter((s) => s !== 200)).toEqual([]);

    const failed = rsc.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url} (${r.requestId})`);
    expect(failed).toEqual([]);
    if (reissueAfter) expect(rsc.filter((r) => r.setsCookie).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    // After all those re-issues the browser's cookie still opens the session.
    await page.goto("/providers");
    await expect(page).toHaveURL(/\/providers$/);
  });
});
