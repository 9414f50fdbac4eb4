import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Sign-in plus a write, its reversal and three reloads: more than the default on a busy machine.
test.describe.configure({ timeout: 120_000 });

// An LKM of the 2001 programme (prisma/seed-support.ts): Rp 50.000.000 allocated.
const INSTITUTION = "/financing/institutions/demo-fi-lkm-11-2";

/** The value under a stat tile's label, e.g. "Sisa alokasi". */
function tile(page: Page, label: string) {
  return page.getByText(label, { exact: true }).locator("xpath=following-sibling::p[1]");
}

test("staff: reverse a disbursement with a reason; it is struck through, its reversal shown, and the balance restored", async ({
  page,
}, testInfo) => {
  await signInAs(page, "staff");
  await page.goto(INSTITUTION);
  const before = await tile(page, "Sisa alokasi").innerText();
  const purpose = `Koreksi uji ${Date.now()}`;

  const form = page.getByRole("form", { name: "Penyaluran baru kepada UKM" });
  await form.getByLabel("UKM").selectOption({ index: 1 });
  await form.getByLabel("Jumlah (Rp)").fill("7.654.321");
  await form.getByLabel("Tujuan penggunaan").fill(purpose);
  await form.getByRole("button", { name: "Salurkan" }).click();
  await expect(form.getByText(/tercatat/)).toBeVisible();
  await expect(tile(page, "Sisa alokasi")).not.toHaveText(before);

  const row = page.getByRole("row").filter({ hasText: purpose }).first();
  await row.getByText("Batalkan", { exact: true }).click();
  const reverse = row.getByRole("form", { name: /^Batalkan penyaluran/ });
  await reverse.getByLabel("Alasan koreksi").fill("Jumlah salah ketik, seharusnya untuk UKM lain");
  await reverse.getByRole("button", { name: "Batalkan entri" }).click();
  // The page re-renders with the reversal (the entry's form, and its message, are gone).
  const original = page.getByRole("row").filter({ hasText: purpose }).filter({ hasText: "Dibatalkan pada" });
  await expect(original.getByText(/Dibatalkan pada .*: Jumlah salah ketik/)).toBeVisible();

  await page.reload();
  await expect(original.getByText(purpose)).toHaveClass(/line-through/);
  await expect(original.getByText("Rp 7.654.321")).toHaveClass(/line-through/);
  const reversal = page.getByRole("row").filter({ hasText: "Pembatalan" }).filter({ hasText: "Jumlah salah ketik" });
  await expect(reversal).toContainText(/Rp\s?-7\.654\.321|-Rp\s?7\.654\.321/);
  await expect(reversal.getByText(purpose)).not.toHaveClass(/line-through/);
  await expect(tile(page, "Sisa alokasi")).toHaveText(before);
  await page.screenshot({ path: testInfo.outputPath("reversed-disbursement.png"), fullPage: true });

  // The filter hides the reversed entry and its reversal; the balance stays.
  await page.getByRole("link", { name: "Sembunyikan entri yang dibatalkan" }).click();
  await expect(page.getByText(purpose)).toHaveCount(0);
  await expect(tile(page, "Sisa alokasi")).toHaveText(before);

  // The export carries both.
  const csv = await (await page.request.get(`/api/export/institutions/demo-fi-lkm-11-2/ledger`)).text();
  expect(csv).toContain("-7654321");
  expect(csv).toContain("Jumlah salah ketik");
});

test("a manager sees the ledger but no reversal forms", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto(INSTITUTION);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Batalkan", { exact: true })).toHaveCount(0);
});
