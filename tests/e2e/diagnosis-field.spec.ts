import { expect, test, type Locator, type Page } from "@playwright/test";
import { extractText } from "unpdf";
import { instrument2026_2 } from "../../lib/diagnosis/engine";
import { signInAs } from "./fixtures/auth";
import { expectNoSeriousViolations } from "./fixtures/axe";

// Issue #19, "field-ready": the diagnosis form and its review on a laptop (1366 px) and a
// tablet (820 px). A submit from deep in the form checks everything at once and leads to
// the first gap; the sticky header stays opaque and useful; a draft started by mistake is
// discarded; the reviewer sees the stage change, confirms it, and keeps indicator comments;
// Sentra Saya flags the centres with a review waiting.
//
// Centres: Kulit Manding and Tenun Troso (no diagnosis; the drafts made here are discarded
// again), Perak Kotagede (ADVANCE since 2025, assigned to konsultan@; approved here) and Mebel
// Jepara (MATURE, its 2026 diagnosis waiting; only looked at, never decided, since
// second-scoring.spec.ts scores it again).

const SHOTS = "tests/e2e/.artifacts";
const INDICATORS = instrument2026_2.groups.flatMap((g) => g.indicators);
const CODES = INDICATORS.map((i) => i.code);
const nameOf = (code: string) => INDICATORS.find((i) => i.code === code)!.name.id;
const WIDTHS = [
  { label: "1366", viewport: { width: 1366, height: 900 }, tablet: false, cluster: "demo-kulit-manding" },
  { label: "820", viewport: { width: 820, height: 1180 }, tablet: true, cluster: "demo-tenun-troso" },
] as const;

// Long journeys (a whole form filled in the browser): more time than the default on a busy machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

function group(page: Page, code: string): Locator {
  return page.getByRole("group", { name: nameOf(code), exact: true });
}

async function pick(page: Page, code: string, level: number) {
  await page
    .getByRole("radiogroup", { name: nameOf(code), exact: true })
    .getByRole("radio", { name: new RegExp(`^Tingkat ${level}\\b`) })
    .check();
}

async function saved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
}

/** A computed colour as RGBA bytes (Chromium reports lab()/oklch() for Tailwind's colours): drawn on a canvas and read back. */
async function rgba(target: Locator, property: "backgroundColor" | "outlineColor"): Promise<number[]> {
  return target.evaluate((el, p) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = getComputedStyle(el)[p];
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data];
  }, property);
}

/** Nothing is wider than the window (a tablet user never scrolls sideways to find the form). */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the page is no wider than the window").toBeLessThanOrEqual(0);
}

/** The element's top edge is in view and not under the sticky header. */
async function expectBelowHeader(page: Page, target: Locator) {
  const header = (await page.getByTestId("form-header").boundingBox())!;
  const box = (await target.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(header.y, "the header stays at the top").toBeLessThanOrEqual(1);
  expect(box.y, "not hidden under the sticky header").toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(box.y, "in view").toBeLessThan(viewport.height - 40);
}

for (const w of WIDTHS) {
  test(`${w.label} px: a submit from deep in the form checks everything at once and leads to the first gap`, async ({ page }) => {
    await page.setViewportSize(w.viewport);
    await signInAs(page, "staff");
    await page.goto(`/clusters/${w.cluster}`);
    await page.getByRole("button", { name: "Mulai diagnosis" }).click();
    await expect(page).toHaveURL(/\/diagnoses\/[^/]+\/edit$/);
    const header = page.getByTestId("form-header");
    await expect(header.getByTestId("save-status")).toHaveText("Belum ada perubahan");
    // Opaque: nothing scrolling underneath shows through.
    expect((await rgba(header, "backgroundColor"))[3]).toBe(255);

    // Three answered, one "not applicable" without its reason, twenty untouched.
    for (const code of CODES.slice(0, 3)) await pick(page, code, 3);
    await group(page, "DC_TREND").getByRole("radio", { name: "Tidak berlaku / tidak diketahui" }).check();
    await saved(page);
    const nav = header.getByRole("navigation", { name: "Bagian formulir" });
    await expect(nav.getByRole("link", { name: /^1\. Faktor Kondisi/ })).toContainText("3/9 terisi");
    await expect(nav.getByRole("link", { name: /^2\. Kondisi Permintaan/ })).toContainText("0/2 terisi");
    const compact = header.getByTestId("compact-preview");
    if (w.tablet) {
      await expect(compact).toBeVisible();
      await expect(compact).toContainText(`Terisi 3/${CODES.length}`);
      await expect(compact).toContainText("Tahap sementara: Data belum cukup");
    } else await expect(compact).toBeHidden();

    // Deep in the form: the last section, reached from the sticky section links.
    await nav.getByRole("link", { name: /^5\. / }).click();
    const lastTitle = page.getByRole("heading", { level: 2, name: /^5\. / });
    await expect(lastTitle).toBeFocused();
    await expectBelowHeader(page, lastTitle);

    await header.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
    const summary = page.getByTestId("submit-problem");
    await expect(summary).toBeFocused();
    await expect(header.getByTestId("gap-count")).toHaveText('20 indikator belum diisi, 1 alasan "tidak berlaku" belum diisi');
    await expect(summary).toContainText('20 indikator belum diisi, 1 alasan "tidak berlaku" belum diisi');
    await expect(summary.getByRole("link", { name: `${nameOf("DC_TREND")} (alasan belum diisi)` })).toBeVisible();
    await expect(summary.getByRole("link")).toHaveCount(21);
    // Every unanswered indicator is outlined and says so.
    const flagged = page.locator('fieldset[data-missing="true"]');
    await expect(flagged).toHaveCount(20);
    expect(await flagged.first().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    const [r, g, b] = await rgba(flagged.first(), "outlineColor");
    expect(r! > 150 && g! < 80 && b! < 80, `a red outline, got rgb(${r}, ${g}, ${b})`).toBe(true);
    await expect(group(page, CODES[3]!)).toContainText("Belum diisi");
    await expectNoSidewaysScroll(page);
    await expectNoSeriousViolations(page, `the error summary at ${w.label} px`);
    await page.screenshot({ path: `${SHOTS}/diagnosis-submit-summary-${w.label}.png` });

    // The first link reaches the first unanswered indicator, below the sticky header.
    await summary.getByRole("link").first().click();
    const first = group(page, CODES[3]!);
    await expect(first.getByRole("radio").first()).toBeFocused();
    await expectBelowHeader(page, first);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/diagnosis-first-gap-${w.label}.png` });
    // Answering counts down at once.
    await pick(page, CODES[3]!, 2);
    await expect(header.getByTestId("gap-count")).toHaveText('19 indikator belum diisi, 1 alasan "tidak berlaku" belum diisi');
    await expect(flagged).toHaveCount(19);

    // Each section ends with the way to the next one.
    await page.getByRole("link", { name: /^Lanjut ke bagian berikutnya: 2\. Kondisi Permintaan/ }).click();
    const second = page.getByRole("heading", { level: 2, name: /^2\. Kondisi Permintaan/ });
    await expect(second).toBeFocused();
    await expectBelowHeader(page, second);
    await saved(page);
  });

  test(`${w.label} px: a reopened draft says when it was saved, and a draft started by mistake is discarded`, async ({ page }) => {
    await page.setViewportSize(w.viewport);
    await signInAs(page, "staff");
    await page.goto(`/clusters/${w.cluster}`);
    await page.getByRole("link", { name: "Lanjutkan diagnosis" }).click();
    await expect(page).toHaveURL(/\/diagnoses\/[^/]+\/edit$/);
    const editUrl = page.url();
    await expect(page.getByTestId("save-status")).toHaveText(/^Tersimpan \d{1,2} \p{L}{3} \d{4} \d{2}\.\d{2}$/u);
    await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "idle");

    const discard = page.getByRole("button", { name: "Buang draf" });
    await discard.click();
    const dialog = page.getByRole("dialog", { name: "Buang draf diagnosis ini?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("tidak dapat dibatalkan");
    // Cancel has the first focus; Escape or Batal leave everything as it was.
    await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
    const confirm = dialog.getByRole("button", { name: "Ya, buang draf" });
    const [r, g, b] = await rgba(confirm, "backgroundColor");
    expect(r! > 150 && g! < 80 && b! < 80, `a red (destructive) button, got rgb(${r}, ${g}, ${b})`).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectNoSeriousViolations(page, `the discard dialog at ${w.label} px`);
    await page.screenshot({ path: `${SHOTS}/diagnosis-discard-dialog-${w.label}.png` });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(editUrl);

    await discard.click();
    await dialog.getByRole("button", { name: "Ya, buang draf" }).click();
    await expect(page).toHaveURL(new RegExp(`/clusters/${w.cluster}\\?discarded=1$`));
    await expect(page.getByRole("status").filter({ hasText: "Draf diagnosis telah dibuang." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mulai diagnosis" })).toBeVisible();
    expect((await page.goto(editUrl))!.status()).toBe(404);
  });
}

const PERAK = { id: "demo-perak-kotagede", name: "Sentra Kerajinan Perak Kotagede" };
let perakDiagnosis = "";

test("1366 px: Sentra Saya flags the centre with a review waiting; the review shows the stage change and asks before changing it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, "consultant");
  const jepara = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Sentra Mebel Ukir Jepara", exact: true }) });
  await expect(jepara.getByTestId("review-waiting")).toHaveText("Menunggu tinjauan: Sentra Mebel Ukir Jepara");
  const laweyan = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Sentra Batik Laweyan", exact: true }) });
  await expect(laweyan.getByTestId("review-waiting")).toHaveCount(0);
  await expect(page.getByTestId("reviews-waiting")).toContainText("menunggu tinjauan Anda");
  await page.screenshot({ path: `${SHOTS}/my-centres-review-waiting-1366.png` });

  await jepara.getByTestId("review-waiting").click();
  await expect(page).toHaveURL(/\/diagnoses\/demo-diag-mebel-jepara-2026\/review$/);
  const change = page.getByTestId("stage-change");
  await expect(change).toHaveText(/^Tahap saat ini Matang → hasil (Maju \(turun\)|Bertahan \(turun\)|Matang \(tetap\))$/);
  if ((await change.textContent())!.includes("turun")) {
    await page.getByRole("button", { name: "Setujui", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Ubah tahap sentra?" });
    await expect(dialog).toContainText("dari Matang menjadi");
    await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/review-confirm-stage-change-1366.png` });
    await dialog.getByRole("button", { name: "Batal" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/review$/);
  }
});

test("820 px: staff submit a full diagnosis of Perak Kotagede", async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await signInAs(page, "staff");
  await page.goto(`/clusters/${PERAK.id}`);
  await page.getByRole("button", { name: "Mulai diagnosis" }).click();
  await expect(page).toHaveURL(/\/diagnoses\/[^/]+\/edit$/);
  perakDiagnosis = page.url().split("/").at(-2)!;
  for (const code of CODES) await pick(page, code, 4);
  await expect(page.getByTestId("compact-stage")).toHaveText("Matang");
  await saved(page);
  await page.getByTestId("form-header").getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
  await expect(page).toHaveURL(/\/review$/);
});

test("820 px: the reviewer confirms the stage change, and comments on indicators are kept with the approval", async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await signInAs(page, "consultant");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: PERAK.name, exact: true }) });
  await row.getByTestId("review-waiting").click();
  await expect(page).toHaveURL(`/diagnoses/${perakDiagnosis}/review`);
  await expect(page.getByTestId("stage-change")).toHaveText("Tahap saat ini Maju → hasil Matang (naik)");
  await expectNoSidewaysScroll(page);
  const comment = page.getByLabel(`Komentar untuk ${nameOf("DC_TREND")}`);
  await comment.fill("Data penjualan perlu diperbarui pada kunjungan berikutnya.");

  // A return without its overall comment: the decision form answers like every form, and
  // the indicator comment typed meanwhile stays.
  await page.getByRole("button", { name: "Kembalikan ke penilai" }).click();
  const summary = page.getByRole("form", { name: "Keputusan" }).getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Komentar keseluruhan (wajib untuk pengembalian)")).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: "Komentar keseluruhan (wajib untuk pengembalian)" }).click();
  await expect(page.getByLabel("Komentar keseluruhan (wajib untuk pengembalian)")).toBeFocused();
  await expect(comment).toHaveValue("Data penjualan perlu diperbarui pada kunjungan berikutnya.");

  // Without the dialog's confirmation (a page without script, another client) the server refuses the stage change.
  const noScript = await page
    .context()
    .browser()!
    .newContext({ javaScriptEnabled: false, viewport: { width: 820, height: 1180 }, storageState: await page.context().storageState() });
  try {
    const bare = await noScript.newPage();
    await bare.goto(`/diagnoses/${perakDiagnosis}/review`);
    await bare.getByRole("button", { name: "Setujui", exact: true }).click();
    await expect(bare.getByText(/^Persetujuan ini mengubah tahap sentra, tetapi perubahan tahap belum dikonfirmasi\./)).toBeVisible();
  } finally {
    await noScript.close();
  }

  // With script but without the engine's chunk (offline before the service worker cached
  // it): the approval goes to the server without the question, and its refusal is shown
  // in place, the typed comment kept (a bare post would have reloaded the page).
  const noEngine = await page
    .context()
    .browser()!
    .newContext({ serviceWorkers: "block", viewport: { width: 820, height: 1180 }, storageState: await page.context().storageState() });
  try {
    const offline = await noEngine.newPage();
    await offline.goto(`/diagnoses/${perakDiagnosis}/review`);
    await offline.waitForLoadState("networkidle");
    await offline.route("**/_next/static/chunks/**", (route) => route.abort("internetdisconnected"));
    const typed = offline.getByLabel(`Komentar untuk ${nameOf("DC_TREND")}`);
    await typed.fill("Diketik tanpa mesin penilaian.");
    await offline.getByRole("button", { name: "Setujui", exact: true }).click();
    await expect(offline.getByText(/^Persetujuan ini mengubah tahap sentra, tetapi perubahan tahap belum dikonfirmasi\./)).toBeVisible();
    await expect(typed).toHaveValue("Diketik tanpa mesin penilaian.");
    await expect(offline).toHaveURL(`/diagnoses/${perakDiagnosis}/review`);
  } finally {
    await noEngine.close();
  }

  await page.getByRole("button", { name: "Setujui", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Ubah tahap sentra?" });
  await expect(dialog).toContainText("dari Maju menjadi Matang (naik)");
  await expect(dialog.getByRole("button", { name: "Batal" })).toBeFocused();
  await expectNoSeriousViolations(page, "the stage-change confirmation at 820 px");
  await page.screenshot({ path: `${SHOTS}/review-confirm-stage-change-820.png` });
  await dialog.getByRole("button", { name: "Batal" }).click();
  // Cancelling changes nothing, and the comment is still there.
  await expect(comment).toHaveValue("Data penjualan perlu diperbarui pada kunjungan berikutnya.");

  await page.getByRole("button", { name: "Setujui", exact: true }).click();
  await dialog.getByRole("button", { name: "Ya, setujui dan ubah tahap" }).click();
  await expect(page).toHaveURL(`/diagnoses/${perakDiagnosis}/report`);
  await expect(page.getByTestId("approval-comments")).toContainText(
    `${nameOf("DC_TREND")}: Data penjualan perlu diperbarui pada kunjungan berikutnya.`,
  );
  // The PDF of the report carries them too, as text (not only pixels): the printed copy is the one filed.
  const pdf = await page.request.get(`/api/diagnoses/${perakDiagnosis}/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const { text } = await extractText(new Uint8Array(await pdf.body()), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("Data penjualan perlu diperbarui pada kunjungan berikutnya.");
  expect(flat).toContain(nameOf("DC_TREND"));
  expect(flat).toContain("Matang");
  await page.goto(`/clusters/${PERAK.id}`);
  await expect(page.getByRole("heading", { level: 1, name: PERAK.name })).toBeVisible();
  await page.goto("/my-centres");
  await expect(row.getByTestId("review-waiting")).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/my-centres-820.png` });
});
