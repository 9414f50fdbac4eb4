import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Issue #19, "Numbers, dates, words": on the Indonesian pages the browser adds no English
// of its own (forms are noValidate, the file input's texts are the app's), a refused form
// answers field by field with a focused error summary whose links reach the fields, scores
// carry one decimal with a decimal comma, and a date typed as dd/mm/yyyy is saved as that day.

// An LKM of the 2001 programme (prisma/seed-support.ts) with money left to disburse.
const INSTITUTION = "/financing/institutions/demo-fi-lkm-11-2";
const WIDTHS = [
  { label: "1366", viewport: { width: 1366, height: 900 } },
  { label: "820", viewport: { width: 820, height: 1180 } },
] as const;

test.describe.configure({ timeout: 120_000 });

/** Every form on the page leaves validation to the app. */
async function expectAppValidationOnly(page: Page) {
  await expect(page.locator("main form:not([novalidate])")).toHaveCount(0);
}

for (const w of WIDTHS) {
  test(`${w.label} px: a new centre without province and with a bad year is answered in Indonesian, the summary focused and linked`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(w.viewport);
    await signInAs(page, "staff");
    await page.getByRole("link", { name: "Sentra baru" }).click();
    await expectAppValidationOnly(page);
    // Required fields say so, to the eye and to screen readers.
    await expect(page.getByLabel("Nama sentra")).toHaveAttribute("required", "");
    await expect(page.locator("label[for=name] + [data-required-mark]")).toHaveText("*");

    await page.getByLabel("Nama sentra").fill("Sentra Uji Tanggal");
    await page.getByLabel("Komoditas / produk").fill("Gerabah");
    await page.getByLabel("Tahun berdiri").fill("sembilan");
    await page.getByLabel("Jumlah tenaga kerja").fill("40");
    await page.getByLabel("Pangsa ekspor (%)").fill("150");
    await page.getByRole("button", { name: "Daftarkan sentra" }).click();

    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading", { name: "Periksa isian berikut" })).toBeVisible();
    await expect(page.getByText("Pilih provinsi.")).toBeVisible();
    await expect(page.getByText("Tahun 4 angka, mis. 1998.")).toBeVisible();
    await expect(page.getByText("Maksimal 100.")).toBeVisible();
    await expect(page.getByText("Kode wilayah tidak dikenal")).toHaveCount(0);
    await expect(page.getByText("bilangan bulat (contoh: 1.250.000)")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath(`centre-summary-${w.label}.png`), fullPage: true });

    await summary.getByRole("link", { name: "Provinsi" }).click();
    await expect(page.getByLabel("Provinsi")).toBeFocused();
    await summary.getByRole("link", { name: "Tahun berdiri" }).click();
    await expect(page.getByLabel("Tahun berdiri")).toBeFocused();
    await expect(page.getByLabel("Tahun berdiri")).toHaveValue("sembilan");
  });

  test(`${w.label} px: the import form has its own file texts and answers a missing file in Indonesian`, async ({ page }, testInfo) => {
    await page.setViewportSize(w.viewport);
    await signInAs(page, "staff");
    await page.goto("/imports");
    await expectAppValidationOnly(page);
    const file = page.getByLabel("Berkas (CSV atau XLSX)");
    await expect(page.getByText("Pilih berkas", { exact: true })).toBeVisible();
    await expect(page.getByTestId("file-chosen")).toHaveText("Belum ada berkas dipilih");
    // The browser's own button ("Choose File", "No file chosen") is not drawn.
    const box = (await file.boundingBox())!;
    expect(box.width * box.height).toBeLessThanOrEqual(4);

    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(page.getByText("Pilih berkas untuk diunggah.")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`import-summary-${w.label}.png`), fullPage: true });
    await summary.getByRole("link").first().click();
    await expect(file).toBeFocused();

    await file.setInputFiles({ name: "ukm.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n") });
    await expect(page.getByTestId("file-chosen")).toHaveText("ukm.csv");
  });
}

test("1366 px: a disbursement date typed as dd/mm/yyyy shows the day in words and is saved as that day", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, "staff");
  await page.goto(INSTITUTION);
  await expectAppValidationOnly(page);
  const form = page.getByRole("form", { name: "Penyaluran baru kepada UKM" });

  // Empty: the app's own messages, the summary first.
  await form.getByLabel("Jumlah (Rp)").fill("");
  await form.getByRole("button", { name: "Salurkan" }).click();
  const summary = form.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Jumlah (Rp)" }).click();
  await expect(form.getByLabel("Jumlah (Rp)")).toBeFocused();

  const purpose = `Uji tanggal ${Date.now()}`;
  await form.getByLabel("UKM").selectOption({ index: 1 });
  await form.getByLabel("Jumlah (Rp)").fill("1.234.567");
  await form.getByLabel("Tujuan penggunaan").fill(purpose);
  const date = form.getByLabel("Tanggal");
  await date.fill("31/02/2026");
  await expect(form.getByTestId("date-preview")).toHaveText("Tanggal ini tidak ada di kalender (mis. 31/02). Periksa hari dan bulannya.");
  await date.fill("kemarin");
  await expect(form.getByTestId("date-preview")).toHaveText("Bukan tanggal hh/bb/tttt.");
  await date.fill("15/01/2026");
  await expect(form.getByTestId("date-preview")).toHaveText("Kamis, 15 Januari 2026");
  await page.screenshot({ path: testInfo.outputPath("date-preview.png"), fullPage: true });
  await form.getByRole("button", { name: "Salurkan" }).click();
  await expect(page.getByText(/^Penyaluran kepada .+ tercatat\.$/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: purpose });
  await expect(row).toContainText("15 Jan 2026");
});

test("1366 px: scores on the selection page and money on the programme page use the Indonesian decimal comma", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, "staff");
  await page.goto("/selection?province=33");
  const table = page.getByRole("table", { name: "Sentra diurutkan menurut skor pemilihan, 0 sampai 100" });
  const scores = table.locator("tbody td.tabular-nums:not(:first-child)");
  await expect(scores.first()).toBeVisible();
  for (const text of await scores.allInnerTexts()) expect(text.trim()).toMatch(/^\d{1,3},\d$/);

  await page.goto("/financing/programmes/demo-map-2001");
  await expect(page.getByText("anggaran Rp 39,6 miliar")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/Rp \d+(,\d)? M\b/);
});

for (const w of WIDTHS) {
  test(`${w.label} px: a refused repayment (one ledger line) answers beside its fields, with the summary focused and linked`, async ({
    page,
  }) => {
    await page.setViewportSize(w.viewport);
    await signInAs(page, "staff");
    await page.goto(INSTITUTION);
    const form = page.getByRole("form", { name: /^Catat angsuran: / }).first();
    const amount = form.getByLabel("Jumlah (Rp)");
    const date = form.getByLabel("Tanggal");
    await amount.fill("");
    await date.fill("31/02/2026");
    await form.getByRole("button", { name: "Catat angsuran" }).click();

    const summary = form.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    // Each message once, beside its field, which says it is invalid and points to it.
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAccessibleDescription(/Tanggal ini tidak ada di kalender \(mis\. 31\/02\)\. Periksa hari dan bulannya\./);
    await summary.getByRole("link", { name: "Jumlah (Rp)" }).click();
    await expect(amount).toBeFocused();
    await summary.getByRole("link", { name: "Tanggal" }).click();
    await expect(date).toBeFocused();
    await expect(date).toHaveValue("31/02/2026");
  });
}

test("1366 px, JavaScript off: a disbursement date typed as dd/mm/yyyy is still sent and saved as that day; an impossible day is answered", async ({
  page,
  browser,
}) => {
  await signInAs(page, "staff");
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1366, height: 900 },
    storageState: await page.context().storageState(),
  });
  const noScript = await context.newPage();
  try {
    await noScript.goto(INSTITUTION);
    const form = noScript.getByRole("form", { name: "Penyaluran baru kepada UKM" });
    const purpose = `Tanpa skrip ${Date.now()}`;
    await form.getByLabel("UKM").selectOption({ index: 1 });
    await form.getByLabel("Jumlah (Rp)").fill("1.000.000");
    await form.getByLabel("Tujuan penggunaan").fill(purpose);
    await form.getByLabel("Tanggal").fill("31/02/2026");
    await form.getByRole("button", { name: "Salurkan" }).click();
    // The server's answer, beside the field (the page came back from the server: no script ran).
    await expect(noScript.locator("#disb-date-error")).toHaveText(
      "Tanggal ini tidak ada di kalender (mis. 31/02). Periksa hari dan bulannya.",
    );
    await expect(noScript.getByRole("row").filter({ hasText: purpose })).toHaveCount(0);

    const again = noScript.getByRole("form", { name: "Penyaluran baru kepada UKM" });
    await again.getByLabel("UKM").selectOption({ index: 1 });
    await again.getByLabel("Jumlah (Rp)").fill("1.000.000");
    await again.getByLabel("Tujuan penggunaan").fill(purpose);
    await again.getByLabel("Tanggal").fill("14/01/2026");
    await again.getByRole("button", { name: "Salurkan" }).click();
    await expect(noScript.getByRole("row").filter({ hasText: purpose })).toContainText("14 Jan 2026");
  } finally {
    await context.close();
  }
});

for (const w of WIDTHS) {
  test(`${w.label} px: the admin's forms (a new user, one user's password) answer beside their fields, the summary focused and linked`, async ({
    page,
  }) => {
    await page.setViewportSize(w.viewport);
    await signInAs(page, "admin");
    await page.goto("/admin/users");
    await expectAppValidationOnly(page);

    const create = page.getByRole("form", { name: "Tambah pengguna" });
    await create.getByLabel("Email").fill("bukan-email");
    await create.getByRole("button", { name: "Buat" }).click();
    const summary = create.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    for (const label of ["Nama lengkap", "Email", "Kata sandi awal"]) {
      const field = create.getByLabel(label, { exact: true });
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await summary.getByRole("link", { name: label }).click();
      await expect(field).toBeFocused();
    }
    // What was typed stays for the correction.
    await expect(create.getByLabel("Email")).toHaveValue("bukan-email");

    // One row of the user table: a password too short is refused in that row only, and nothing changes.
    const reset = page.getByRole("form", { name: "Setel ulang kata sandi konsultan@sentra.test" });
    await reset.getByLabel("Kata sandi baru").fill("pendek");
    await reset.getByRole("button", { name: "Setel ulang kata sandi" }).click();
    const rowSummary = reset.getByTestId("error-summary");
    await expect(rowSummary).toBeFocused();
    await expect(reset.getByLabel("Kata sandi baru")).toHaveAttribute("aria-invalid", "true");
    await rowSummary.getByRole("link", { name: "Kata sandi baru" }).click();
    await expect(reset.getByLabel("Kata sandi baru")).toBeFocused();
    // Only the two refused forms have fields marked invalid: three in the new user, one in that row.
    await expect(page.locator("main [aria-invalid='true']")).toHaveCount(4);
  });
}
