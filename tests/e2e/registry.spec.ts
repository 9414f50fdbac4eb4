import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

test.describe("the cluster and SME registry", () => {
  test("staff register a cluster and an SME, with clear messages for bad input", async ({ page }) => {
    await signInAs(page, "staff");
    await page.getByRole("link", { name: "Sentra baru" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sentra baru" })).toBeVisible();

    await page.getByLabel("Nama sentra").fill("Sentra Uji Anyaman Pandan");
    await page.getByLabel("Komoditas / produk").fill("Anyaman pandan");
    await page.getByLabel("Provinsi").selectOption({ label: "Jawa Tengah" });
    await page.getByLabel("Kabupaten/Kota").selectOption({ label: "Kabupaten Kebumen" });
    await page.getByLabel("Jumlah tenaga kerja").fill("-5");
    await page.getByLabel("Nilai produksi / tahun (Rp)").fill("abc");
    await page.getByRole("button", { name: "Daftarkan sentra" }).click();
    await expect(page.getByText("Periksa kembali isian yang ditandai.")).toBeVisible();
    await expect(page.getByLabel("Jumlah tenaga kerja")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Tidak boleh negatif.")).toBeVisible();
    await expect(page.getByText("Masukkan bilangan bulat (contoh: 1.250.000).")).toBeVisible();
    // What the user typed is still there.
    await expect(page.getByLabel("Nama sentra")).toHaveValue("Sentra Uji Anyaman Pandan");

    await page.getByLabel("Jumlah tenaga kerja").fill("85");
    await page.getByLabel("Nilai produksi / tahun (Rp)").fill("Rp 1.250.000.000");
    await page.getByRole("button", { name: "Daftarkan sentra" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sentra Uji Anyaman Pandan" })).toBeVisible();
    await expect(page.getByText("Sentra telah didaftarkan.")).toBeVisible();
    await expect(page.getByText("Rp 1.250.000.000")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Kabupaten Kebumen, Jawa Tengah" })).toBeVisible();

    await page.getByRole("link", { name: "Tambah UKM" }).click();
    await page.getByLabel("Nama usaha").fill("Pandan Lestari Wulandari");
    await page.getByLabel("Nama pemilik").fill("Wulandari");
    await page.getByLabel("NIB (Nomor Induk Berusaha)").fill("9100100100199");
    await page.getByLabel("Tenaga kerja").fill("7");
    await page.getByLabel("Omzet / tahun (Rp)").fill("240.000.000");
    await page.getByRole("button", { name: "Simpan UKM" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pandan Lestari Wulandari" })).toBeVisible();
    await expect(page.getByText("Rp 240.000.000")).toBeVisible();
    const smeUrl = page.url();

    // The SME search finds it by part of the name, ignoring case and accents.
    await page.goto("/smes?q=PANDÁN%20lestari");
    await expect(page.getByRole("link", { name: "Pandan Lestari Wulandari" })).toBeVisible();
    await page.goto("/clusters?q=anyaman%20pandan");
    await expect(page.getByRole("link", { name: "Sentra Uji Anyaman Pandan" })).toBeVisible();

    // Archiving asks first in a dialog: Cancel is focused and archives nothing.
    await page.goto(smeUrl);
    await page.getByRole("button", { name: "Arsipkan", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Arsipkan UKM ini?" });
    await expect(dialog).toContainText("riwayatnya");
    await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Diarsipkan", { exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Arsipkan", exact: true }).click();
    await dialog.getByRole("button", { name: "Ya, arsipkan" }).click();
    // The page comes back without the archive card, marked as archived.
    await expect(page.getByText("Diarsipkan", { exact: true })).toBeVisible();
    await page.goto("/smes?q=pandan%20lestari");
    await expect(page.getByRole("link", { name: "Pandan Lestari Wulandari" })).toHaveCount(0);
  });

  test("staff move an SME to another centre found with the search picker, by keyboard", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/smes/demo-bordir-kudus-sme-1");
    const search = page.getByLabel("Sentra tujuan");
    await search.fill("k");
    await expect(page.getByText("Ketik sedikitnya 2 huruf.")).toBeVisible();
    await search.fill("sentra tidak ada");
    await expect(page.getByText("Tidak ada sentra aktif yang cocok dengan “sentra tidak ada”.")).toBeVisible();
    // The SME's own centre is never offered.
    await search.fill("BORDIR");
    await expect(page.getByRole("radio", { name: /Sentra Bordir Kawalu Tasikmalaya/ })).toBeVisible();
    await expect(page.getByRole("radio", { name: /Sentra Bordir Kudus/ })).toHaveCount(0);
    // Accents and case do not matter; Arrow Down leaves the box for the matches, Space chooses.
    await search.fill("KÉRIPIK tempe");
    const sanan = page.getByRole("radio", { name: /Sentra Keripik Tempe Sanan.*Kota Malang, Jawa Timur/ });
    await expect(page.getByText("1 sentra ditemukan.")).toBeVisible();
    await search.press("ArrowDown");
    await expect(sanan).toBeFocused();
    await page.keyboard.press("Space");
    await expect(sanan).toBeChecked();
    await page.getByLabel("Alasan", { exact: true }).fill("Usaha pindah ke Malang");
    await page.getByRole("button", { name: "Pindahkan", exact: true }).click();
    await expect(page.getByText(/telah dipindahkan\./)).toBeVisible();
    await expect(page.getByText(/dipindahkan dari Sentra Bordir Kudus ke Sentra Keripik Tempe Sanan oleh Rahmat Hidayat/)).toBeVisible();
    await expect(page.getByText("Sentra: Sentra Keripik Tempe Sanan")).toBeVisible();
    // The search behind the picker refuses an over-long query.
    expect((await page.request.get(`/api/smes/move-targets?q=${"x".repeat(101)}`)).status()).toBe(422);
  });

  test("a stale edit shows a conflict and overwrites nothing", async ({ browser }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const b = await second.newPage();
    await signInAs(a, "staff");
    await signInAs(b, "admin");
    await a.goto("/clusters/demo-noken-jayapura/edit");
    await b.goto("/clusters/demo-noken-jayapura/edit");
    await b.getByLabel("Jumlah tenaga kerja").fill("175");
    await b.getByRole("button", { name: "Simpan" }).first().click();
    await expect(b.getByText("Perubahan tersimpan.")).toBeVisible();

    await a.getByLabel("Jumlah tenaga kerja").fill("999");
    await a.getByRole("button", { name: "Simpan" }).first().click();
    await expect(a.getByText(/telah diubah oleh orang lain/)).toBeVisible();
    await a.goto("/clusters/demo-noken-jayapura");
    await expect(a.getByText("175", { exact: true })).toBeVisible();
    await first.close();
    await second.close();
  });

  test("a consultant can read but not edit, and the selection list is not theirs", async ({ page }) => {
    await signInAs(page, "consultant");
    await page.goto("/clusters/demo-batik-laweyan");
    await expect(page.getByRole("heading", { level: 1, name: "Sentra Batik Laweyan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ubah" })).toHaveCount(0);
    expect((await page.goto("/clusters/demo-batik-laweyan/edit"))!.status()).toBe(403);
    expect((await page.goto("/selection"))!.status()).toBe(403);
    // Nor may they move SMEs, so the move search refuses them too.
    expect((await page.request.get("/api/smes/move-targets?q=batik")).status()).toBe(403);
  });

  test("staff rank candidates and designate one with a reason", async ({ page }) => {
    await signInAs(page, "staff");
    await page.goto("/selection?province=33");
    await expect(page.getByRole("heading", { level: 1, name: "Pemilihan Sentra Prioritas" })).toBeVisible();
    await page.getByRole("link", { name: "Sentra Mebel Ukir Jepara" }).click();
    await page.getByLabel("Alasan keputusan").fill("Pasar ekspor kuat dan menyerap banyak tenaga kerja lokal.");
    await page.getByRole("button", { name: "Tetapkan sebagai sentra terpilih" }).click();
    await expect(page.getByText("Keputusan untuk Sentra Mebel Ukir Jepara tercatat.")).toBeVisible();
    await expect(page.getByText("Ditetapkan oleh Rahmat Hidayat")).toBeVisible();
  });
});
