import { expect, test, type Page } from "@playwright/test";
import { defaultInstrument } from "../../lib/diagnosis/engine";
import { signInAs } from "./fixtures/auth";

// Blind second scoring on the production build. The demo data has a SUBMITTED primary
// diagnosis of Sentra Mebel Ukir Jepara, filled by staf@ and waiting for konsultan@'s
// review. admin@ (who may fill diagnoses and never touched this one) scores it again
// without seeing it; the reviewer then sees how far the two scorings agree.

const CLUSTER = "demo-mebel-jepara";
const PRIMARY = "demo-diag-mebel-jepara-2026";
const INDICATORS = defaultInstrument.groups.flatMap((g) => g.indicators);

test.describe.configure({ mode: "serial" });

let secondUrl = "";

async function pick(page: Page, name: string, level: number) {
  await page
    .getByRole("radiogroup", { name, exact: true })
    .getByRole("radio", { name: new RegExp(`^Tingkat ${level}\\b`) })
    .check();
}

test("a second assessor scores blind: empty form, the primary hidden, submitted for the reviewer", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto(`/clusters/${CLUSTER}`);
  await page.getByRole("button", { name: "Mulai penilaian kedua (buta)" }).click();
  await expect(page).toHaveURL(/\/diagnoses\/[^/]+\/edit$/);
  secondUrl = page.url().replace(/\/edit$/, "");
  expect(secondUrl).not.toContain(PRIMARY);
  await expect(page.getByText("Penilaian buta: Anda tidak melihat isian penilai pertama.")).toBeVisible();
  // Nothing of the first assessor's answers comes with it.
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);

  for (const [i, indicator] of INDICATORS.entries()) await pick(page, indicator.name.id, 1 + (i % 5));
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
  await page.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
  await expect(page).not.toHaveURL(/\/edit$/, { timeout: 15_000 });

  // The primary stays hidden from the second assessor until it is approved.
  const primary = await page.goto(`/diagnoses/${PRIMARY}`);
  expect(primary?.status()).toBe(404);
  const again = await page.goto(`/diagnoses/${PRIMARY}/review`);
  expect(again?.status()).toBe(404);
});

test("the first assessor cannot see the second scoring", async ({ page }) => {
  await signInAs(page, "staff");
  const res = await page.goto(secondUrl);
  expect(res?.status()).toBe(404);
});

test("the reviewer sees who scored it again and how far the two agree", async ({ page }) => {
  await signInAs(page, "consultant");
  await page.goto(`/diagnoses/${PRIMARY}/review`);
  await expect(page.getByRole("heading", { name: "Penilaian kedua dan kesepakatan penilai" })).toBeVisible();
  await expect(page.getByText(/^Penilaian kedua oleh /)).toBeVisible();
  await expect(page.getByText(/^Kesepakatan \((kappa Cohen berbobot kuadrat|alfa Krippendorff)\): /)).toBeVisible();
  // Indicators two or more levels apart get a final level to settle on approval.
  const settle = page.getByRole("combobox", { name: /^Tingkat akhir: / });
  const none = page.getByText("Tidak ada indikator yang berselisih 2 tingkat atau lebih.");
  await expect(settle.first().or(none)).toBeVisible();
});
