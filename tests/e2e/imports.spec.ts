import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

const FILES = path.join(import.meta.dirname, "fixtures/files");
const CLUSTER = { id: "demo-batik-laweyan", name: "Sentra Batik Laweyan" };

async function uploadSmes(page: Page, file: string) {
  await page.goto("/imports");
  await expect(page.getByRole("heading", { level: 1, name: "Impor Data" })).toBeVisible();
  await page.getByLabel("Jenis data").selectOption("smes");
  await page.getByLabel("Sentra tujuan").selectOption(CLUSTER.id);
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles(path.join(FILES, file));
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await expect(page).toHaveURL(/\/imports\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hasil impor" })).toBeVisible();
  // Processing runs after the upload's response; the page polls until it ends.
  await expect(page.getByTestId("import-status")).toHaveText(/^(Ditolak|Selesai|Gagal)$/, { timeout: 30_000 });
}

test.describe("bulk import and export", () => {
  test("a file with one bad row imports nothing; fixed, it imports; again, it only updates; exports download", async ({
    page,
  }, testInfo) => {
    await signInAs(page, "staff");

    await uploadSmes(page, "ukm-satu-baris-salah.csv");
    await expect(page.getByTestId("import-status")).toHaveText("Ditolak");
    await expect(page.getByRole("status").filter({ hasText: "Tidak ada data yang disimpan" })).toBeVisible();
    const problems = page.getByRole("table");
    const row = problems.getByRole("row").filter({ hasText: "Tenaga Kerja" });
    await expect(row.getByRole("cell").nth(0)).toHaveText("3");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Masukkan bilangan bulat, mis. 25.");
    await expect(page.getByTestId("count-createdRows")).toHaveText("0");
    await page.screenshot({ path: testInfo.outputPath("import-rejected-row.png"), fullPage: true });

    // The corrections file: the rejected row with its reason.
    const [corrections] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh CSV" }).click()]);
    const correctionsText = await (await corrections.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString("utf8"));
    expect(correctionsText).toContain("Alasan");
    expect(correctionsText).toContain("UKM Uji Canting Mas");
    expect(correctionsText).not.toContain("UKM Uji Sekar Arum");

    await uploadSmes(page, "ukm-diperbaiki.csv");
    await expect(page.getByTestId("import-status")).toHaveText("Selesai");
    await expect(page.getByText("Selesai: semua 3 baris tersimpan.")).toBeVisible();
    await expect(page.getByTestId("count-createdRows")).toHaveText("3");

    await uploadSmes(page, "ukm-diperbaiki.csv");
    await expect(page.getByTestId("import-status")).toHaveText("Selesai");
    await expect(page.getByTestId("count-createdRows")).toHaveText("0");
    await expect(page.getByTestId("count-updatedRows")).toHaveText("3");

    // The list of recent imports shows all three.
    await page.getByRole("link", { name: "Kembali ke Impor Data" }).click();
    await expect(page.getByRole("row").filter({ hasText: "ukm-diperbaiki.csv" })).toHaveCount(2);
    await expect(page.getByRole("row").filter({ hasText: "ukm-satu-baris-salah.csv" })).toHaveCount(1);

    // Exports: the centre's SMEs as CSV hold each imported business once.
    const csv = await page.request.get(`/api/export/smes?format=csv&cluster=${CLUSTER.id}&q=UKM%20Uji`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="ukm-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFSentra,Nama Usaha,Nama Pemilik,Jenis Kelamin,NIB,Bentuk Usaha,Tahun Mulai,Tenaga Kerja,Omzet per Tahun,Aset,Produk Utama,Subkontrak ke,Telepon",
    );
    expect(text.match(/UKM Uji Canting Mas/g)).toHaveLength(1);
    expect(text).toContain("Sentra Batik Laweyan,UKM Uji Sekar Arum,Siti Aminah,Perempuan,8800000000001,,,12,1250000");

    const xlsx = await page.request.get("/api/export/clusters?format=xlsx&province=33");
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const body = await xlsx.body();
    expect(body.subarray(0, 2).toString()).toBe("PK");

    // Template downloads from the page, as a user would click them.
    await page.goto("/imports");
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("listitem").filter({ hasText: "Templat UKM" }).getByRole("link", { name: "XLSX" }).click(),
    ]);
    expect(template.suggestedFilename()).toBe("templat-ukm.xlsx");
    await page.screenshot({ path: testInfo.outputPath("imports-page.png"), fullPage: true });
  });

  test("bad files get a clear message and change nothing, with and without JavaScript", async ({ page, browser }) => {
    await signInAs(page, "staff");
    await page.goto("/imports");
    await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({
      name: "sentra.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Nama Sentra;Telepon\r\nSentra Baru;0812345678\r\n"),
    });
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await expect(page.getByText("Kolom wajib tidak ditemukan: Komoditas, Provinsi, Jumlah Tenaga Kerja.")).toBeVisible();
    await expect(page).toHaveURL(/\/imports$/);

    await page
      .getByLabel("Berkas (CSV atau XLSX)")
      .setInputFiles({ name: "laporan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await expect(page.getByText(/Jenis berkas tidak didukung/)).toBeVisible();

    // Too large: refused in the browser before anything is sent.
    await page
      .getByLabel("Berkas (CSV atau XLSX)")
      .setInputFiles({ name: "besar.csv", mimeType: "text/csv", buffer: Buffer.alloc(21_000_000, 65) });
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await expect(page.getByText("Berkas terlalu besar: maksimal 20 MB. Bagi berkas menjadi beberapa bagian.")).toBeVisible();

    // Without JavaScript the form posts to the handler, which sends the user back with the message.
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noScript.newPage();
    await plain.goto("/imports");
    await plain.getByLabel("Jenis data").selectOption("smes");
    await plain.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name: "kosong.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) });
    await plain.getByRole("button", { name: "Unggah dan periksa" }).click();
    await expect(plain).toHaveURL(/\/imports\?/);
    await expect(plain.getByText("Wajib diisi.")).toBeVisible();
    await noScript.close();

    // A post from another site is refused even with the user's cookies.
    const foreign = await page.request.post("/api/imports", {
      headers: { Accept: "application/json", Origin: "https://contoh-jahat.example" },
      multipart: {
        kind: "clusters",
        file: {
          name: "asing.csv",
          mimeType: "text/csv",
          buffer: Buffer.from("Nama Sentra,Komoditas,Provinsi,Jumlah Tenaga Kerja\r\nSentra Asing,Batik,33,1\r\n"),
        },
      },
    });
    expect(foreign.status()).toBe(403);

    await page.reload();
    for (const name of ["asing.csv", "sentra.csv", "laporan.pdf", "besar.csv", "kosong.csv"])
      await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  });

  test("a large file shows progress while it is checked, then its result", async ({ page }, testInfo) => {
    await signInAs(page, "staff");
    // 80,000 rows, each with a bad worker count: checked in the background, nothing written.
    const rows = Array.from({ length: 80_000 }, (_, i) => `UKM Besar ${i},Pemilik ${i},P,,banyak`);
    const buffer = Buffer.from(["Nama Usaha,Nama Pemilik,Jenis Kelamin,NIB,Tenaga Kerja", ...rows].join("\r\n"));
    await page.goto("/imports");
    await page.getByLabel("Jenis data").selectOption("smes");
    await page.getByLabel("Sentra tujuan").selectOption(CLUSTER.id);
    await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles({ name: "ukm-besar.csv", mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Unggah dan periksa" }).click();
    await expect(page.getByRole("progressbar", { name: "Kemajuan impor" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("import-progress.png") });
    await expect(page.getByTestId("import-status")).toHaveText("Ditolak", { timeout: 40_000 });
    await expect(page.getByTestId("count-rejectedRows")).toHaveText("80.000");
    await expect(page.getByText("79.800 baris ditolak lainnya tidak ditampilkan.")).toBeVisible();
  });

  test("a manager gets a 403 on the import page and the upload handler", async ({ page }) => {
    await signInAs(page, "manager");
    const response = await page.goto("/imports");
    expect(response!.status()).toBe(403);
    const upload = await page.request.post("/api/imports", {
      multipart: { kind: "clusters", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Nama Sentra\nA\n") } },
      headers: { Accept: "application/json" },
    });
    expect(upload.status()).toBe(403);
  });
});
