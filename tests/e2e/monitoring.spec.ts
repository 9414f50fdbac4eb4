import { expect, test } from "@playwright/test";
import { signInAs } from "./fixtures/auth";

// A demo centre no other spec changes (prisma/demo-data.ts).
const CLUSTER = { id: "demo-jamu-nguter", name: "Sentra Jamu Nguter" };

test("staff designate a centre, record its KSP/USP agenda line and two years of outcomes, and see the growth", async ({
  page,
}, testInfo) => {
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

  const form = page.getByRole("form", { name: "Catat atau koreksi capaian satu tahun" });
  for (const [year, workers, value] of [
    ["2019", "200", "1.000.000.000"],
    ["2021", "242", "1.210.000.000"],
  ] as const) {
    await form.getByLabel("Tahun").fill(year);
    await form.getByLabel("Jumlah UKM").fill("40");
    await form.getByLabel("Tenaga kerja").fill(workers);
    await form.getByLabel("Nilai produksi (Rp)").fill(value);
    await form.getByRole("button", { name: "Simpan capaian" }).click();
    await expect(form.getByText(`Capaian tahun ${year} tersimpan.`)).toBeVisible();
  }
  await expect(page.getByTestId("growth-workerCount")).toContainText("21%");
  await expect(page.getByTestId("growth-productionValue")).toContainText("10%");
  await page.screenshot({ path: testInfo.outputPath("cluster-monitoring.png"), fullPage: true });

  await page.goto("/agenda?status=DONE");
  await expect(page.getByRole("link", { name: CLUSTER.name })).toBeVisible();
  await expect(page.getByRole("table", { name: "Penyelesaian agenda per provinsi" })).toBeVisible();
});
