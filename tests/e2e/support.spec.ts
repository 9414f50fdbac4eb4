import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// Seeded by prisma/seed-support.ts.
const PROGRAMME_2001 = "/financing/programmes/demo-map-2001";
const OWN_PROVIDER = "/providers/demo-mitra-usaha";
const OTHER_PROVIDER = "/providers/demo-cipta-karya";

test.describe("MAP financing", () => {
  test("the 2001 programme page shows Rp 39,6 miliar, reconciled with the source's plan", async ({ page }, testInfo) => {
    await signInAs(page, "manager");
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pembiayaan MAP" }).click();
    await page.getByRole("link", { name: "Perkuatan Permodalan 2001" }).click();
    await expect(page).toHaveURL(new RegExp(`${PROGRAMME_2001}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Perkuatan Permodalan 2001" })).toBeVisible();
    await expect(page.getByText("anggaran Rp 39,6 miliar")).toBeVisible();
    await expect(page.getByTestId("reconciliation-status")).toHaveText("✓ Semua cocok dengan rencana");
    const byChannel = page.getByRole("table", { name: "Per saluran" });
    await expect(byChannel.getByRole("row", { name: /KSP\/USP/ })).toContainText("Rp 22.600.000.000");
    await expect(byChannel.locator("tfoot")).toContainText("Rp 39.600.000.000");
    const reconcile = page.getByRole("table", { name: "Rencana program dibandingkan dengan pembukuan" });
    await expect(reconcile.getByRole("row", { name: /LKM \(Lembaga Keuangan Mikro\): jumlah lembaga/ })).toContainText("100");
    await page.screenshot({ path: testInfo.outputPath("programme-2001.png"), fullPage: true });
    // A manager reads, but has no forms.
    await expect(page.getByRole("form", { name: "Alokasi baru" })).toHaveCount(0);
    await byChannel.getByRole("link", { name: "KSP/USP (Koperasi/Unit Simpan Pinjam)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "KSP/USP (Koperasi/Unit Simpan Pinjam)" })).toBeVisible();
    await expect(page.getByText("113 / 113")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("channel-ksp.png"), fullPage: true });
  });

  test("staff: an allocation beyond the 2001 channel ceiling is refused with the remaining amount", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto(PROGRAMME_2001);
    const form = page.getByRole("form", { name: "Alokasi baru" });
    await form.getByLabel("Saluran").selectOption({ label: "LKM (Lembaga Keuangan Mikro)" });
    await form.getByLabel("Lembaga").selectOption({ index: 1 });
    await form.getByLabel("Jumlah (Rp)").fill("50.000.000");
    await form.getByRole("button", { name: "Alokasikan" }).click();
    await expect(form.getByText("Alokasi ini melebihi plafon saluran (Rp 5.000.000.000). Sisa plafon: Rp 0.").first()).toBeVisible();
    await expect(page.getByTestId("reconciliation-status")).toHaveText("✓ Semua cocok dengan rencana");
  });

  test("staff: programme, channel, institution, allocation and disbursement; overspending is refused", async ({ page }, testInfo) => {
    await signInAs(page, "staff");
    await page.goto("/financing");
    const programmeForm = page.getByRole("form", { name: "Program baru" });
    await programmeForm.getByLabel("Nama program").fill("Program Uji E2E 2026");
    await programmeForm.getByLabel("Tahun").fill("2026");
    await programmeForm.getByLabel("Anggaran (Rp)").fill("100.000.000");
    await programmeForm.getByRole("button", { name: "Buat program" }).click();
    await expect(page.getByText("Program Program Uji E2E 2026 telah dibuat.")).toBeVisible();
    await page.getByRole("link", { name: "Program Uji E2E 2026" }).click();

    const channelForm = page.getByRole("form", { name: "Saluran baru" });
    await channelForm.getByLabel("Saluran").selectOption({ label: "LKM (Lembaga Keuangan Mikro)" });
    await channelForm.getByLabel("Plafon (Rp)").fill("60.000.000");
    await channelForm.getByRole("button", { name: "Tambah saluran" }).click();
    await expect(page.getByText("Saluran tersimpan.")).toBeVisible();
    const programmeUrl = page.url();

    await page.goto("/financing/institutions");
    const institutionForm = page.getByRole("form", { name: "Lembaga keuangan baru" });
    await institutionForm.getByLabel("Jenis").selectOption({ label: "LKM (Lembaga Keuangan Mikro)" });
    await institutionForm.getByLabel("Nama lembaga").fill("LKM Uji Laweyan");
    await institutionForm.getByLabel("Provinsi").selectOption({ label: "Jawa Tengah" });
    await institutionForm.getByLabel("Melayani sentra").selectOption({ label: "Sentra Batik Laweyan" });
    await institutionForm.getByRole("button", { name: "Daftarkan lembaga" }).click();
    await expect(page.getByText("Lembaga LKM Uji Laweyan telah didaftarkan.")).toBeVisible();

    await page.goto(programmeUrl);
    const allocationForm = page.getByRole("form", { name: "Alokasi baru" });
    await allocationForm.getByLabel("Lembaga").selectOption({ label: "LKM Uji Laweyan (Jawa Tengah)" });
    await allocationForm.getByLabel("Jumlah (Rp)").fill("50.000.000");
    await allocationForm.getByRole("button", { name: "Alokasikan" }).click();
    await expect(page.getByText("Alokasi untuk LKM Uji Laweyan tercatat.")).toBeVisible();
    // 50 of 60 million allocated: 20 million more passes the ceiling.
    await allocationForm.getByLabel("Lembaga").selectOption({ label: "LKM Uji Laweyan (Jawa Tengah)" });
    await allocationForm.getByLabel("Jumlah (Rp)").fill("20.000.000");
    await allocationForm.getByRole("button", { name: "Alokasikan" }).click();
    await expect(allocationForm.getByText("Sisa plafon: Rp 10.000.000.").first()).toBeVisible();
    // Negative and fractional amounts are refused before any rule.
    await allocationForm.getByLabel("Jumlah (Rp)").fill("1.500,5");
    await allocationForm.getByRole("button", { name: "Alokasikan" }).click();
    await expect(allocationForm.getByText("Masukkan bilangan bulat (contoh: 1.250.000).")).toBeVisible();

    await page.goto("/financing/institutions?type=LKM&province=33");
    await page.getByRole("link", { name: "LKM Uji Laweyan" }).click();
    const disbursementForm = page.getByRole("form", { name: "Penyaluran baru kepada UKM" });
    await disbursementForm.getByLabel("UKM").selectOption({ index: 1 });
    await disbursementForm.getByLabel("Jumlah (Rp)").fill("30.000.000");
    await disbursementForm.getByLabel("Tujuan penggunaan").fill("Modal kerja batik tulis");
    await disbursementForm.getByRole("button", { name: "Salurkan" }).click();
    await expect(page.getByText(/^Penyaluran kepada .+ tercatat\.$/)).toBeVisible();
    await expect(page.getByRole("table").getByText("Modal kerja batik tulis")).toBeVisible();

    await disbursementForm.getByLabel("UKM").selectOption({ index: 1 });
    await disbursementForm.getByLabel("Jumlah (Rp)").fill("25.000.000");
    await disbursementForm.getByLabel("Tujuan penggunaan").fill("Mesin cap");
    await disbursementForm.getByRole("button", { name: "Salurkan" }).click();
    await expect(
      disbursementForm.getByText("Sisa yang dapat disalurkan: Rp 20.000.000 (dari alokasi Rp 50.000.000).").first(),
    ).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("institution-refusal.png"), fullPage: true });
  });
});

test.describe("BDS providers", () => {
  test("a consultant records a service delivery for their own provider and assigned centre", async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await signInAs(page, "consultant");
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Penyedia BDS" }).click();
    await page.getByRole("link", { name: "LPB Mitra Usaha Mandiri" }).click();
    await expect(page).toHaveURL(new RegExp(`${OWN_PROVIDER}$`));
    const form = page.getByRole("form", { name: "Catat layanan yang diberikan" });
    await form.getByLabel("Sentra").selectOption({ label: "Sentra Batik Laweyan" });
    await form.getByLabel("Layanan").selectOption({ label: "Pelatihan" });
    await form.getByLabel("Jumlah UKM peserta").fill("12");
    await form.getByLabel("Imbalan jasa (Rp)").fill("Rp 7.500.000");
    await form.getByRole("checkbox").first().check();
    await form.getByRole("button", { name: "Catat layanan" }).click();
    await expect(page.getByText("Layanan untuk Sentra Batik Laweyan tercatat.")).toBeVisible();
    const log = page.getByRole("table", { name: "Catatan layanan" });
    await expect(log.getByRole("row", { name: /Pelatihan.*Sentra Batik Laweyan.*Rp 7\.500\.000/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Jumlah layanan per jenis dan tahun/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("provider-page.png"), fullPage: true });

    // Centres not assigned to this consultant are not offered, and other data stays hidden.
    await expect(form.getByLabel("Sentra").locator("option", { hasText: "Sentra Mebel Ukir Jepara" })).toHaveCount(1);
    await expect(form.getByLabel("Sentra").locator("option", { hasText: "Sentra Tenun Ikat Troso" })).toHaveCount(0);
    expect(await page.content()).not.toContain("Sentra Tenun Ikat Troso");
    const other = await page.goto(OTHER_PROVIDER);
    expect(other!.status()).toBe(404);
    const financing = await page.goto("/financing");
    expect(financing!.status()).toBe(403);
  });

  test("the cluster page shows services received, financing reached and planned vs done", async ({ page }, testInfo) => {
    await signInAs(page, "staff");
    await page.goto("/clusters/demo-batik-laweyan");
    const section = page.getByRole("region", { name: "Dukungan BDS dan pembiayaan" });
    await expect(section).toBeVisible();
    await expect(section.getByText(/Rencana dan realisasi: 2 dari 3 terlaksana/)).toBeVisible();
    await expect(section.getByRole("table", { name: /Layanan BDS yang diterima/ }).getByText("Fasilitasi akses pasar")).toBeVisible();
    await section.screenshot({ path: testInfo.outputPath("cluster-support.png") });
  });
});
