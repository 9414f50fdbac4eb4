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

/** A new disbursement to the first SME offered, recorded (the form says so). */
async function disburse(page: Page, amount: string, purpose: string) {
  const form = page.getByRole("form", { name: "Penyaluran baru kepada UKM" });
  await form.getByLabel("UKM").selectOption({ index: 1 });
  await form.getByLabel("Jumlah (Rp)").fill(amount);
  await form.getByLabel("Tujuan penggunaan").fill(purpose);
  await form.getByRole("button", { name: "Salurkan" }).click();
  await expect(form.getByText(/tercatat/)).toBeVisible();
}

test("staff: reverse a disbursement with a reason; it is struck through, its reversal shown, and the balance restored", async ({
  page,
}, testInfo) => {
  await signInAs(page, "staff");
  await page.goto(INSTITUTION);
  const before = await tile(page, "Sisa alokasi").innerText();
  const purpose = `Koreksi uji ${Date.now()}`;

  await disburse(page, "7.654.321", purpose);
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

test("staff: reverse a repayment; the repayment card strikes it through and shows its reversal, and allocations offer their own reversal", async ({
  page,
}) => {
  await signInAs(page, "staff");
  await page.goto(INSTITUTION);
  // Closed behind "Batalkan", so outside the accessibility tree until opened.
  await expect(page.getByRole("form", { name: "Batalkan alokasi Rp 50.000.000", includeHidden: true })).toHaveCount(1);

  const purpose = `Angsuran uji ${Date.now()}`;
  await disburse(page, "5.000.000", purpose);

  const repay = page
    .getByRole("row")
    .filter({ hasText: purpose })
    .getByRole("form", { name: /^Catat angsuran: / });
  await repay.getByLabel("Jumlah (Rp)").fill("1.234.567");
  await repay.getByRole("button", { name: "Catat angsuran" }).click();
  // The repayment's own row: its amount, and not the loan's row (which shows it as repaid).
  const repayment = page.getByRole("row").filter({ hasText: "Rp 1.234.567" }).filter({ hasNotText: purpose });
  await expect(repayment).toHaveCount(1);

  await repayment.getByText("Batalkan", { exact: true }).click();
  const reverse = repayment.getByRole("form", { name: /^Batalkan angsuran .*Rp 1\.234\.567$/ });
  await reverse.getByLabel("Alasan koreksi").fill("Angsuran tercatat dua kali");
  await reverse.getByRole("button", { name: "Batalkan entri" }).click();

  const original = page.getByRole("row").filter({ hasText: "Rp 1.234.567" }).filter({ hasText: "Dibatalkan pada" });
  await expect(original.getByText(/Dibatalkan pada .*: Angsuran tercatat dua kali/)).toBeVisible();
  await expect(original.getByText("Rp 1.234.567", { exact: true })).toHaveClass(/line-through/);
  await expect(original.getByText("Batalkan", { exact: true })).toHaveCount(0);
  const reversal = page.getByRole("row").filter({ hasText: "Pembatalan" }).filter({ hasText: "Angsuran tercatat dua kali" });
  await expect(reversal).toContainText(/Rp\s?-1\.234\.567|-Rp\s?1\.234\.567/);
  await expect(reversal.getByText("Batalkan", { exact: true })).toHaveCount(0);
});

test("a manager sees the ledger but no reversal forms", async ({ page }) => {
  await signInAs(page, "manager");
  await page.goto(INSTITUTION);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Batalkan", { exact: true })).toHaveCount(0);
});

const PROVIDER = "/providers/demo-mitra-usaha";

/** Whole Rupiah from "Rp 1.234.567" (or "-Rp 1.234.567"). */
function rupiah(text: string): bigint {
  const digits = text.replace(/[^\d-]/g, "");
  return BigInt(digits || "0");
}

test("consultant: correct a service delivery of their own provider; struck through, reversal and corrected record shown, income follows", async ({
  page,
}, testInfo) => {
  await signInAs(page, "consultant");
  await page.goto(PROVIDER);
  const directTotal = page.getByRole("table", { name: "Pendapatan langsung dan tidak langsung" }).locator("tfoot td").nth(1);
  const before = rupiah(await directTotal.innerText());

  const form = page.getByRole("form", { name: "Catat layanan yang diberikan" });
  await form.getByLabel("Sentra").selectOption({ label: "Sentra Batik Laweyan" });
  await form.getByLabel("Layanan").selectOption({ label: "Pelatihan" });
  await form.getByLabel("Jumlah UKM peserta").fill("4");
  await form.getByLabel("Imbalan jasa (Rp)").fill("3.456.789");
  await form.getByRole("button", { name: "Catat layanan" }).click();
  await expect(page.getByText("Layanan untuk Sentra Batik Laweyan tercatat.")).toBeVisible();
  await expect.poll(async () => rupiah(await directTotal.innerText())).toBe(before + 3_456_789n);

  const log = page.getByRole("table", { name: "Catatan layanan" });
  const row = log.getByRole("row").filter({ hasText: "Rp 3.456.789" }).first();
  await row.getByText("Batalkan", { exact: true }).click();
  const reverse = row.getByRole("form", { name: /^Batalkan catatan layanan Pelatihan Sentra Batik Laweyan/ });
  await reverse.getByLabel("Alasan koreksi").fill("Imbalan jasa salah ketik");
  await reverse.getByLabel("Imbalan jasa yang benar (Rp)").fill("3.123.456");
  await reverse.getByRole("button", { name: "Batalkan entri" }).click();
  const original = log.getByRole("row").filter({ hasText: "Rp 3.456.789" }).filter({ hasText: "Dibatalkan pada" });
  await expect(original.getByText(/Dibatalkan pada .*: Imbalan jasa salah ketik/)).toBeVisible();

  await page.reload();
  await expect(original.getByText("Rp 3.456.789", { exact: true })).toHaveClass(/line-through/);
  const reversal = log.getByRole("row").filter({ hasText: "Pembatalan" }).filter({ hasText: "Imbalan jasa salah ketik" });
  await expect(reversal).toContainText(/Rp\s?-3\.456\.789|-Rp\s?3\.456\.789/);
  await expect(reversal).toContainText("-4");
  const corrected = log.getByRole("row").filter({ hasText: "Rp 3.123.456" });
  await expect(corrected).toHaveCount(1);
  // The corrected record can itself be corrected; the reversed one and the reversal cannot.
  await expect(corrected.getByText("Batalkan", { exact: true })).toBeVisible();
  await expect(original.getByText("Batalkan", { exact: true })).toHaveCount(0);
  await expect(reversal.getByText("Batalkan", { exact: true })).toHaveCount(0);
  // Income: the reversal nets the wrong fee out, the corrected fee counts.
  await expect.poll(async () => rupiah(await directTotal.innerText())).toBe(before + 3_123_456n);
  await page.screenshot({ path: testInfo.outputPath("reversed-delivery.png"), fullPage: true });

  // The filter hides the reversed record and its reversal; the income stays.
  await page.getByRole("link", { name: "Sembunyikan entri yang dibatalkan" }).click();
  await expect(page).toHaveURL(/hideReversed=1/);
  await expect(log.getByText("Rp 3.456.789")).toHaveCount(0);
  await expect(log.getByRole("row").filter({ hasText: "Rp 3.123.456" })).toHaveCount(1);
  await expect.poll(async () => rupiah(await directTotal.innerText())).toBe(before + 3_123_456n);

  // The export carries both, linked, with the reason.
  const csv = await (await page.request.get(`/api/export/providers/demo-mitra-usaha/deliveries`)).text();
  expect(csv).toContain("-3456789");
  expect(csv).toContain("3123456");
  expect(csv).toContain("Imbalan jasa salah ketik");
});
