import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";
import { expectNoSeriousViolations } from "./fixtures/axe";

// A demo centre no other spec changes (prisma/demo-data.ts).
const CLUSTER = { id: "demo-jamu-nguter", name: "Sentra Jamu Nguter" };
// The centre's BDS provider in the demo data (LPB Mitra Usaha Mandiri).
const PROVIDER_ID = "demo-mitra-usaha";
const FILES = path.join(import.meta.dirname, "fixtures/files");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

test("staff designate a centre, record its KSP/USP agenda line, import two years of outcomes, and see the growth on the centre and the dashboard", async ({
  page,
}, testInfo) => {
  // Nine pages, an import job and the dashboard: about a minute on a quiet machine.
  test.setTimeout(240_000);
  await signInAs(page, "staff");
  await page.goto(`/selection/${CLUSTER.id}`);
  await page.getByLabel("Alasan keputusan").fill("Jamu tradisional dengan pasar ekspor dan bahan baku lokal.");
  await page.getByRole("button", { name: "Tetapkan sebagai sentra terpilih" }).click();
  await expect(page.getByText(`Keputusan untuk ${CLUSTER.name} tercatat.`)).toBeVisible();

  await page.goto(`/clusters/${CLUSTER.id}`);
  const savings = page.getByRole("form", { name: "Layanan KSP/USP di sentra" });
  await savings.getByLabel("Status", { exact: true }).selectOption("DONE");
  await savings.getByLabel("Berlokasi di dalam kawasan sentra").check();
  await savings.getByLabel("Catatan / bukti").fill("KSP buka kantor kas di balai sentra.");
  await savings.getByRole("button", { name: "Simpan layanan KSP/USP" }).click();
  await expect(savings.getByText("Agenda tersimpan.")).toBeVisible();
  await expect(page.getByTestId("savings-line-status")).toHaveText(/Selesai · di dalam kawasan/);

  // The line's evidence file: a text file named .pdf is refused on its field, a real PDF is attached and downloads.
  await savings.getByLabel("Berkas bukti (opsional)").setInputFiles({
    name: "notulen.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("bukan pdf"),
  });
  await savings.getByRole("button", { name: "Simpan layanan KSP/USP" }).click();
  await expect(savings.locator("#savings-evidence-error")).toHaveText("Hanya gambar (PNG, JPEG, WebP) atau PDF yang diterima.");
  await expect(savings.getByRole("link", { name: "notulen.pdf" })).toHaveCount(0);
  await savings
    .getByLabel("Berkas bukti (opsional)")
    .setInputFiles({ name: "notulen rapat.pdf", mimeType: "application/pdf", buffer: PDF });
  await savings.getByRole("button", { name: "Simpan layanan KSP/USP" }).click();
  await expect(savings.getByText("Agenda tersimpan.")).toBeVisible();
  // Saving the file keeps the line as it was recorded.
  await expect(page.getByTestId("savings-line-status")).toHaveText(/Selesai · di dalam kawasan/);
  const evidenceLink = savings.getByRole("link", { name: "notulen rapat.pdf" });
  await expect(evidenceLink).toHaveAttribute("href", `/api/agenda-evidence/${CLUSTER.id}/savings`);
  await expect(savings.getByLabel("Ganti berkas bukti")).toBeAttached();
  const popup = page.waitForEvent("popup");
  await evidenceLink.click();
  const opened = await popup;
  const download = await opened.request.get(`/api/agenda-evidence/${CLUSTER.id}/savings`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
  await opened.close();

  // The SME organisation with a member chosen from the centre's SMEs (the list has a name filter).
  const org = page.getByRole("form", { name: "Organisasi UKM" });
  await org.getByLabel("Status", { exact: true }).selectOption("IN_PROGRESS");
  await org.getByLabel("Nama organisasi").fill("Paguyuban Jamu Nguter");
  const members = org.getByRole("group", { name: "Anggota (UKM sentra ini)" });
  await members.getByLabel("Saring anggota menurut nama").fill("tidak ada nama seperti ini");
  await expect(members.getByRole("checkbox")).toHaveCount(0);
  await members.getByLabel("Saring anggota menurut nama").fill("");
  const firstMember = members.getByRole("checkbox").first();
  await firstMember.check();
  await org.getByRole("button", { name: "Simpan organisasi UKM" }).click();
  await expect(org.getByText("Agenda tersimpan.")).toBeVisible();
  await expect(page.getByTestId("organisation-line-status")).toHaveText(/Sedang berjalan · Paguyuban Jamu Nguter · 1 anggota/);
  await expect(firstMember).toBeChecked();
  await expectNoSeriousViolations(page, "centre page with its agenda lines and the member list");

  // Two years of outcomes from a file (tests/e2e/fixtures/files/capaian-jamu-nguter.csv).
  await page.goto("/imports");
  await page.getByLabel("Jenis data").selectOption("outcomes");
  await page.getByLabel("Sentra tujuan").selectOption(CLUSTER.id);
  await page.getByLabel("Berkas (CSV atau XLSX)").setInputFiles(path.join(FILES, "capaian-jamu-nguter.csv"));
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await expect(page).toHaveURL(/\/imports\/[a-z0-9]+$/);
  await expect(page.getByTestId("import-status")).toHaveText("Selesai", { timeout: 30_000 });
  await expect(page.getByTestId("count-createdRows")).toHaveText("2");

  await page.goto(`/clusters/${CLUSTER.id}`);
  await expect(page.getByTestId("growth-workerCount")).toContainText("21%");
  await expect(page.getByTestId("growth-productionValue")).toContainText("21%");
  // The series downloads in the import's columns (the round trip: tests/integration/outcome-export.test.ts).
  const seriesDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh capaian (CSV)" }).click();
  const seriesFile = await seriesDownload;
  expect(seriesFile.suggestedFilename()).toMatch(/^Capaian[ -]tahunan-Sentra[ -]Jamu[ -]Nguter-\d{4}-\d{2}-\d{2}\.csv$/);
  const seriesText = (await readFile(await seriesFile.path())).toString("utf8");
  expect(
    seriesText
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/),
  ).toEqual([
    "Sentra,Tahun,Jumlah UKM,Tenaga kerja,Nilai produksi (Rp),Nilai ekspor (Rp),Pangsa ekspor (%),Rata-rata omzet UKM (Rp),Sumber data",
    "Sentra Jamu Nguter,2019,40,200,1000000000,,,,Survei",
    "Sentra Jamu Nguter,2021,44,242,1210000000,,,,Perkiraan",
  ]);
  await page.screenshot({ path: testInfo.outputPath("cluster-monitoring.png"), fullPage: true });

  // The strengthening BDS line is recorded on the centre's provider (demo: LPB Mitra Usaha Mandiri) and counts for the centre.
  const agendaRow = page.getByRole("row").filter({ hasText: CLUSTER.name });
  await page.goto("/agenda");
  await expect(agendaRow.getByRole("cell").nth(2)).toContainText("Belum dimulai");
  await page.goto(`/providers/${PROVIDER_ID}`);
  const bds = page.getByRole("form", { name: "Penguatan BDS" });
  await bds.getByLabel("Status", { exact: true }).selectOption("DONE");
  await bds.getByLabel("Catatan / bukti").fill("Terakreditasi dan bergabung dalam jaringan LPB Jawa Tengah.");
  await bds.getByLabel("Berkas bukti (opsional)").setInputFiles({ name: "sertifikat.pdf", mimeType: "application/pdf", buffer: PDF });
  await bds.getByRole("button", { name: "Simpan penguatan BDS" }).click();
  await expect(bds.getByText("Agenda tersimpan.")).toBeVisible();
  await expect(page.getByTestId("bds-strengthening-status")).toHaveText(/^Selesai/);
  await expect(bds.getByRole("link", { name: "sertifikat.pdf" })).toHaveAttribute("href", `/api/bds-strengthening-evidence/${PROVIDER_ID}`);
  await expectNoSeriousViolations(page, "provider page with its strengthening BDS line");
  await page.goto(`/clusters/${CLUSTER.id}`);
  await expect(page.getByTestId("bds-line-status")).toHaveText(/^Selesai/);

  await page.goto("/agenda?status=DONE");
  await expect(page.getByRole("link", { name: CLUSTER.name })).toBeVisible();
  await expect(agendaRow.getByRole("cell").nth(2)).toContainText("Selesai");
  await expect(agendaRow.getByRole("cell").nth(2)).toContainText("LPB Mitra Usaha Mandiri");
  await expect(agendaRow.getByRole("cell").nth(4)).toContainText("Paguyuban Jamu Nguter · 1 anggota");
  await expect(page.getByRole("table", { name: "Penyelesaian agenda per provinsi" })).toBeVisible();

  // The dashboard's monitoring section: the agenda by province and the growth comparison.
  await page.goto("/dashboard?province=33");
  await page.getByRole("navigation", { name: "Bagian dasbor" }).getByRole("link", { name: "Pemantauan" }).click();
  await expect(page).toHaveURL(/\/dashboard\/monitoring\?province=33$/);
  const growth = page.locator('[data-chart="outcome-growth"]');
  await growth.scrollIntoViewIfNeeded();
  await expect(growth.locator(".recharts-wrapper")).toBeVisible({ timeout: 20_000 });
  await expect(growth.getByTestId("outcome-growth-n")).toContainText("1 sentra");
  await expect(growth.getByText(/bukan bukti dampak/)).toBeVisible();
  await growth.getByText("Tampilkan tabel angka").click();
  const row = growth.getByRole("row").filter({ hasText: /21(,0)?\s?%/ });
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row.getByRole("cell").first()).toHaveText("1");
  const agenda = page.locator('[data-chart="agenda-province"]');
  await agenda.scrollIntoViewIfNeeded();
  await agenda.getByText("Tampilkan tabel angka").click();
  await expect(agenda.getByRole("row").filter({ hasText: "Jawa Tengah" })).toBeVisible({ timeout: 20_000 });
  const csv = await page.request.get("/api/dashboard/outcome-growth?format=csv&province=33");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/,1,21(\r?\n|$)/);
  await growth.screenshot({ path: testInfo.outputPath("dashboard-monitoring.png") });
  await expectNoSeriousViolations(page, "dashboard with the monitoring tables open");
});

test("staff record a joint programme between two providers; both providers' pages show it", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await signInAs(page, "staff");
  await page.goto("/providers");
  await page.getByRole("link", { name: "LPB Mitra Usaha Mandiri" }).click();
  await page.getByText("Catat program bersama").click();
  const form = page.getByRole("form", { name: "Catat program bersama" });
  await form.getByLabel("LPB mitra").selectOption({ label: "BDS Cipta Karya Nusantara" });
  await form.getByLabel("Nama program").fill("Klinik ekspor jamu dan batik");
  await form.getByLabel("Tanggal mulai").fill("2026-10-01");
  await form.getByLabel("Status").selectOption("IN_PROGRESS");
  await form.getByRole("button", { name: "Catat program" }).click();
  await expect(form.getByText("Program bersama Klinik ekspor jamu dan batik tersimpan.")).toBeVisible();
  await expect(page.getByTestId("joint-programme").filter({ hasText: "Klinik ekspor jamu dan batik" })).toContainText(
    "BDS Cipta Karya Nusantara",
  );
  await expectNoSeriousViolations(page, "provider page with its joint programmes");
  await page.screenshot({ path: testInfo.outputPath("provider-joint.png"), fullPage: true });

  await page.getByRole("link", { name: "BDS Cipta Karya Nusantara" }).click();
  await expect(page.getByTestId("joint-programme").filter({ hasText: "Klinik ekspor jamu dan batik" })).toContainText(
    "LPB Mitra Usaha Mandiri",
  );
});
