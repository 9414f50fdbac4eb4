import { copyFile, mkdir } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs, type AccountKey } from "./fixtures/auth";
import { smallTapTargets } from "./fixtures/tap-targets";

// Issue #19 "Lists and the dashboard" and "Tablet": empty results, sort headers, the
// institution list, the holds-back drill-down, chart filter labels, 44 px tap targets.

const SHOTS = "tests/e2e/.artifacts";
const DOCS = "docs/screenshots";
const TABLET = { width: 820, height: 1180 };
const LAPTOP = { width: 1366, height: 900 };

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  if (process.env.SAVE_DOC_SCREENSHOTS) await copyFile(`${SHOTS}/${name}.png`, `${DOCS}/${name}.png`);
}

const resultCount = (page: Page) =>
  page
    .getByRole("main")
    .getByText(/^(\d[\d.]*) hasil$|^Tidak ada hasil$/)
    .first()
    .innerText()
    .then((t) => Number(t.replace(/\D/g, "") || 0));

test.describe("lists", () => {
  test("an empty result says what to do, and its link clears the filters", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/clusters?q=tidak-ada-sentra-begini&stage=MATURE");
    const empty = page.getByTestId("empty-list");
    await expect(empty).toContainText("Tidak ada sentra yang cocok");
    await empty.getByRole("link", { name: "Hapus filter" }).click();
    await expect(page).toHaveURL(/\/clusters$/);
    await expect(page.getByLabel("Cari")).toHaveValue("");
    expect(await page.getByRole("table").getByRole("row").count()).toBeGreaterThan(1);
  });

  test("a sortable column sorts both ways, with aria-sort, and filtering keeps the order", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/clusters");
    const header = page.getByRole("columnheader", { name: /Nama sentra/ });
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    const names = () => page.getByRole("table").locator("tbody tr td:first-child a:first-child").allInnerTexts();
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, "id")));

    await header.getByRole("link").click();
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const descending = await names();
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, "id")));
    expect(descending[0]).not.toBe(ascending[0]);

    await header.getByRole("link").click();
    await expect(page).toHaveURL(/sort=name&dir=asc/);
    await expect(header).toHaveAttribute("aria-sort", "ascending");

    const workers = page.getByRole("columnheader", { name: /Tenaga kerja/ });
    await expect(workers).toHaveAttribute("aria-sort", "none");
    await workers.getByRole("link").click();
    await expect(workers).toHaveAttribute("aria-sort", "ascending");
    await workers.getByRole("link").click();
    await expect(workers).toHaveAttribute("aria-sort", "descending");
    const counts = (await page.getByRole("table").locator("tbody tr td:nth-child(5)").allInnerTexts()).map((t) =>
      Number(t.replace(/\D/g, "")),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // A new search keeps the order the headers set.
    await page.getByRole("button", { name: "Saring" }).click();
    await expect(page).toHaveURL(/sort=workers&dir=desc/);
  });

  test("the financial-institution list is paged on the server and searchable", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/financing/institutions");
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(25);
    const total = Number((await page.getByRole("heading", { name: /lembaga$/ }).innerText()).replace(/\D/g, ""));
    expect(total).toBeGreaterThan(25);
    await expect(page.getByText(`Halaman 1 dari ${Math.ceil(total / 25)}`)).toBeVisible();
    const firstPage = await rows.locator("th").allInnerTexts();
    await page.getByRole("link", { name: "Berikutnya" }).click();
    await expect(page).toHaveURL(/page=2/);
    const secondPage = await rows.locator("th").allInnerTexts();
    expect(secondPage.some((n) => firstPage.includes(n))).toBe(false);

    const name = secondPage[0]!;
    await page.getByLabel("Cari").fill(name);
    await page.getByRole("button", { name: "Saring" }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page).not.toHaveURL(/page=2/);
    expect(await rows.locator("th").allInnerTexts()).toContain(name);
    expect((await rows.locator("th").allInnerTexts()).every((n) => n.toLowerCase().includes(name.toLowerCase()))).toBe(true);

    await page.getByLabel("Cari").fill("tidak ada lembaga begini");
    await page.getByRole("button", { name: "Saring" }).click();
    await page.getByTestId("empty-list").getByRole("link", { name: "Hapus filter" }).click();
    await expect(rows).toHaveCount(25);
  });
});

test.describe("dashboard drill-downs", () => {
  test("a holding-back indicator lists only the centres it holds back", async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, "manager");
    const all = await (await page.request.get("/api/dashboard/holds-back?format=json")).json();
    await page.goto("/dashboard/factors");
    const link = page.locator('[data-chart="holds-back"]').getByRole("link", { name: /^Lihat daftar sentra yang tertahan oleh / });
    const label = (await link.innerText()).replace("Lihat daftar sentra yang tertahan oleh ", "");
    const row = (all.rows as unknown[][]).find((r) => r[0] === label)!;
    expect(row, JSON.stringify(all).slice(0, 300)).toBeTruthy();
    const held = Number(row[2]);
    await link.click();
    await expect(page).toHaveURL(/\/clusters\?holdsBack=/);
    await expect(page.getByTestId("held-back-filter")).toContainText(label);
    expect(await resultCount(page)).toBe(held);
    await page.goto("/clusters");
    expect(await resultCount(page)).toBeGreaterThan(held);
  });

  test("a filtered chart says what it covers, and the regency list fills when a province is picked", async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, "manager");
    await expect(page.locator('[data-chart="stages"]').getByTestId("chart-filters")).toHaveText("Cakupan: Nasional");
    const regency = page.getByLabel("Kabupaten/Kota", { exact: true });
    await expect(regency).toBeDisabled();
    await page.getByLabel("Provinsi", { exact: true }).selectOption({ label: "Jawa Tengah" });
    // No submit: the regencies of Central Java arrive.
    await expect(regency).toBeEnabled();
    await expect(regency.getByRole("option", { name: "Kota Surakarta" })).toBeAttached();
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/province=33/);
    await expect(page.locator('[data-chart="stages"]').getByTestId("chart-filters")).toHaveText("Cakupan: Jawa Tengah");
    await expect(page.locator('[data-chart="stages"]')).not.toContainText("Nasional");
    // The other sections keep the filters, and say so.
    for (const [tab, chart] of [
      ["Faktor", "factors"],
      ["Alur diagnosis", "pipeline"],
    ]) {
      await page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: tab }).click();
      await expect(page).toHaveURL(/province=33/);
      await expect(page.locator(`[data-chart="${chart}"]`).getByTestId("chart-filters")).toHaveText("Cakupan: Jawa Tengah");
    }
  });
});

test.describe("tablet", () => {
  const MAIN: Array<{ path: string; who: AccountKey }> = [
    { path: "/clusters", who: "staff" },
    { path: "/smes", who: "staff" },
    { path: "/financing", who: "staff" },
    { path: "/financing/institutions", who: "staff" },
    { path: "/diagnoses/demo-diag-bordir-tasik-draft/edit", who: "staff" },
    { path: "/dashboard", who: "manager" },
    { path: "/reviews", who: "consultant" },
    { path: "/my-centres", who: "consultant" },
  ];

  test("every control on the main pages is at least 44 px at 820 px wide", async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(TABLET);
    const found: string[] = [];
    let current: AccountKey | null = null;
    for (const { path, who } of MAIN) {
      if (who !== current) {
        await page.context().clearCookies();
        await signInAs(page, who);
        current = who;
      }
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      for (const o of await smallTapTargets(page)) found.push(`${path}: ${o}`);
    }
    expect(found).toEqual([]);
    // The helper measures: on a laptop (the rule is for tablets) the same page has smaller controls.
    await page.setViewportSize(LAPTOP);
    await page.goto("/my-centres");
    expect((await smallTapTargets(page)).length).toBeGreaterThan(0);
  });

  test("the province map is a readable list at tablet width, values shown; tiles on a laptop", async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, "manager");
    await page.setViewportSize(TABLET);
    await page.goto("/dashboard");
    const list = page.getByTestId("map-list");
    await expect(list).toBeVisible();
    await expect(list.getByRole("link")).toHaveCount(38);
    const jateng = list.getByRole("link", { name: /^Jawa Tengah/ });
    await expect(jateng).toHaveText(/Jawa Tengah\s*\d/);
    const row = (await jateng.boundingBox())!;
    expect(row.height).toBeGreaterThanOrEqual(44);
    // A row wider than tall, its name shown.
    expect(row.width).toBeGreaterThan(2 * row.height);
    await page.setViewportSize(LAPTOP);
    // The same links as square tiles placed like the islands: Aceh in the west, Papua in the east.
    const tile = (await jateng.boundingBox())!;
    expect(Math.abs(tile.width - tile.height)).toBeLessThanOrEqual(2);
    await expect(jateng).toHaveText(/JATENG/);
    const aceh = (await list.getByRole("link", { name: /^Aceh/ }).boundingBox())!;
    const papua = (await list.getByRole("link", { name: /^Papua(?! (Barat|Tengah|Pegunungan|Selatan))/ }).boundingBox())!;
    expect(aceh.x).toBeLessThan(tile.x);
    expect(tile.x).toBeLessThan(papua.x);
    expect(aceh.y).toBeLessThan(tile.y);
  });

  test("screenshots: the cluster list and the dashboard at 1366 and 820", async ({ page }) => {
    test.setTimeout(150_000);
    await signInAs(page, "manager");
    for (const [label, viewport] of [
      ["1366", LAPTOP],
      ["820", TABLET],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto("/clusters?province=33");
      await expect(page.getByRole("table")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await shot(page, `clusters-${label}`);
      await page.goto("/dashboard?province=33");
      await expect(page.locator(".recharts-wrapper").first()).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(500);
      await shot(page, `dashboard-${label}`);
    }
  });
});
