import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// The demo data's diagnoses and financing come from other seeds (prisma/seed-*.ts):
// nothing here depends on their exact numbers, only on the numbers agreeing with
// each other (dashboard ↔ cluster list ↔ download).

const SHOTS = process.env.DASHBOARD_SCREENSHOT_DIR ?? "test-results";

/** The whole-number value of a headline tile ("Jumlah sentra"). */
async function tile(page: Page, label: string): Promise<number> {
  const value = await page
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: label }) })
    .locator("dd")
    .innerText();
  return Number(value.replace(/\D/g, ""));
}

async function chartsLoaded(page: Page) {
  // recharts is loaded after hydration (lazy chunk): wait for the drawn charts.
  await expect(page.locator(".recharts-wrapper").first()).toBeVisible({ timeout: 20_000 });
}

test.describe("manager dashboard", () => {
  test("filters by a province, drills down to a cluster, and downloads a table", async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, "manager");
    await chartsLoaded(page);
    const national = await tile(page, "Jumlah sentra");
    expect(national).toBeGreaterThan(0);

    await page.getByLabel("Provinsi", { exact: true }).selectOption({ label: "Jawa Tengah" });
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/[?&]province=33(&|$)/);
    const inProvince = await tile(page, "Jumlah sentra");
    expect(inProvince).toBeGreaterThan(0);
    expect(inProvince).toBeLessThanOrEqual(national);

    // Every section keeps the filters and the headline figures; the filter form stays on the section.
    const tabs = page.getByRole("navigation", { name: "Bagian dasbor" });
    await tabs.getByRole("link", { name: "Faktor" }).click();
    await expect(page).toHaveURL(/\/dashboard\/factors\?province=33$/);
    await expect(tabs.getByRole("link", { name: "Faktor" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator('[data-chart="holds-back"]')).toBeVisible();
    expect(await tile(page, "Jumlah sentra")).toBe(inProvince);
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/\/dashboard\/factors\?province=33(&|$)/);
    await tabs.getByRole("link", { name: "Tahap" }).click();
    await expect(page).toHaveURL(/\/dashboard\?province=33$/);

    // The map tile of the province leads to the same clusters the dashboard counted.
    await (await mapLink(page, "Jawa Tengah")).click();
    await expect(page).toHaveURL(/\/clusters\?province=33$/);
    await expect(page.getByText(`${inProvince} hasil`)).toBeVisible();
    const first = page.getByRole("table").locator("tbody").getByRole("link").first();
    const name = await first.innerText();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // Download the stage table of the filtered dashboard: its numbers add up to the tile.
    await page.goto("/dashboard?province=33");
    const card = page.locator('[data-chart="stages"]');
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dasbor-stages-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe("Tahap,Jumlah sentra,Pangsa");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["Bertahan", "Maju", "Matang", "Belum didiagnosis"]);
    expect(lines.slice(1).reduce((sum, l) => sum + Number(l.split(",")[1]), 0)).toBe(inProvince);

    const xlsx = await page.request.get("/api/dashboard/stages-province?format=xlsx&province=33");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

    // The table view the page loads: the same filter, rows linking to their clusters.
    const view = await page.request.get("/api/dashboard/stages-province?format=table&province=33");
    expect(view.status()).toBe(200);
    const { html } = (await view.json()) as { html: string };
    expect(html).toContain('<a href="/clusters?province=33"');
    expect(html).not.toContain("/clusters?province=34");
  });

  test("every chart of every section has a title, a data date, a table view and downloads; no serious accessibility violations", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInAs(page, "manager");
    await chartsLoaded(page);
    const tabs = page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link");
    const sections = await tabs.evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(sections).toEqual([
      "/dashboard",
      "/dashboard/factors",
      "/dashboard/movement",
      "/dashboard/pipeline",
      "/dashboard/support",
      "/dashboard/monitoring",
    ]);
    let charts = 0;
    for (const section of sections) {
      if (section !== "/dashboard") await page.goto(section);
      const cards = page.locator("[data-chart]");
      expect(await cards.count(), section).toBeGreaterThanOrEqual(2);
      charts += await cards.count();
      for (const card of await cards.all()) {
        await expect(card.getByRole("heading", { level: 3 })).toBeVisible();
        await expect(card.getByText(/Data per /)).toBeVisible();
        await expect(card.getByRole("link", { name: /XLSX/ })).toHaveAttribute("href", /^\/api\/dashboard\/[a-z-]+\?format=xlsx$/);
      }
      // Open every table view before the scan, so the tables are checked too. They load
      // from /api/dashboard/<chart>?format=table when opened (or, table-first, when near).
      for (const summary of await page.locator("details > summary").all()) await summary.click();
      for (const view of await page.locator("[data-table-view]").all()) await view.scrollIntoViewIfNeeded();
      await expect(page.locator('[data-table-view]:not([data-state="ready"])')).toHaveCount(0, { timeout: 20_000 });
      expect(await page.locator("[data-table-view] table").count()).toBe(await page.locator("[data-table-view]").count());
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious.map(
          (v) =>
            `${section} ${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(" | ")}`,
        ),
      ).toEqual([]);
    }
    // All 18 charts, one section at a time.
    expect(charts).toBe(18);
  });

  test("reads on a laptop and on a tablet (screenshots to look at)", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "manager");
    for (const [name, width, height] of [
      ["laptop", 1366, 900],
      ["tablet", 820, 1180],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto("/dashboard");
      await chartsLoaded(page);
      // Nothing makes the page scroll sideways: charts and tables fit the width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SHOTS, `dashboard-${name}.png`), fullPage: true });
    }
  });

  test("mounts charts as they come into view, and its links navigate without a page load", async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    page.on("pageerror", (error) => errors.push(error.message));
    await signInAs(page, "manager");
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto("/dashboard");
    await chartsLoaded(page);

    // On a tablet only the charts near the screen are drawn at first (the headline
    // stage chart, not the two below the province list); the rest mount as the reader
    // scrolls to them.
    const boxes = await page.locator('[data-chart] [role="img"]').count();
    expect(boxes).toBe(3);
    const drawnAtFirst = await page.locator(".recharts-wrapper").count();
    expect(drawnAtFirst).toBeLessThan(boxes);
    for (const box of await page.locator('[data-chart] [role="img"]').all()) await box.evaluate((el) => el.scrollIntoView());
    await expect.poll(() => page.locator(".recharts-wrapper").count(), { timeout: 20_000 }).toBeGreaterThan(drawnAtFirst);

    // The body's links are the app's own links: following one keeps the page's state
    // (no full page load), and going back shows the same figures.
    const national = await tile(page, "Jumlah sentra");
    await page.evaluate(() => ((window as unknown as { sentraMarker: number }).sentraMarker = 1));
    await (await mapLink(page, "Jawa Tengah")).click();
    await expect(page).toHaveURL(/\/clusters\?.*province=33/);
    expect(await page.evaluate(() => (window as unknown as { sentraMarker?: number }).sentraMarker)).toBe(1);
    await page.goBack();
    await expect(page).toHaveURL(/\/dashboard/);
    expect(await tile(page, "Jumlah sentra")).toBe(national);
    await chartsLoaded(page);
    expect(errors).toEqual([]);
  });
});

test.describe("consultant dashboard", () => {
  test("shows only the assigned centres, and no money", async ({ page }) => {
    test.setTimeout(60_000);
    await signInAs(page, "consultant");
    // One centre link per assigned centre (a centre with a review waiting also links to it).
    const assigned = await page.getByRole("table").locator('tbody a[href^="/clusters/"]').count();
    expect(assigned).toBeGreaterThan(0);
    await page.goto("/dashboard");
    await expect(page.getByText("Hanya sentra yang ditugaskan kepada Anda.")).toBeVisible();
    expect(await tile(page, "Jumlah sentra")).toBe(assigned);
    await page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: "Dukungan" }).click();
    await expect(page).toHaveURL(/\/dashboard\/support$/);
    await expect(page.locator('[data-chart="services"]')).toBeVisible();
    await expect(page.locator('[data-chart="money-channel"]')).toHaveCount(0);
    expect((await page.request.get("/api/dashboard/money-channel?format=csv")).status()).toBe(403);
    expect((await page.request.get("/api/dashboard/money-province?format=table")).status()).toBe(403);
    const csv = await (await page.request.get("/api/dashboard/stages?format=csv")).text();
    const total = csv
      .trim()
      .split(/\r\n/)
      .slice(1)
      .reduce((sum, l) => sum + Number(l.split(",")[1]), 0);
    expect(total).toBe(assigned);
  });
});

/**
 * A province's link in the map card: a tile on a laptop, a row of the list on a tablet.
 * The map mounts as it comes into view, like the charts: scrolled to first.
 */
async function mapLink(page: Page, province: string) {
  const map = page.locator("div#map");
  await map.scrollIntoViewIfNeeded();
  return map.getByRole("link", { name: new RegExp(`^${province}\\b`) }).first();
}
