import { expect, test, type Browser, type Page } from "@playwright/test";
import { defaultInstrument } from "../../lib/diagnosis/engine";
import { signIn, signInAs } from "./fixtures/auth";

// The whole diagnosis journey on the production build: staff fill (with a reload
// in the middle) and submit, the assigned consultant returns it, staff revise and
// resubmit, the consultant approves; the stage, history, report and PDF follow.
// Gerabah Kasongan is assigned to konsultan@ only and has no seeded diagnosis.

const CLUSTER = { id: "demo-gerabah-kasongan", name: "Sentra Gerabah Kasongan" };
const SHOTS = "tests/e2e/.artifacts";
const name = (code: string) => defaultInstrument.groups.flatMap((g) => g.indicators).find((i) => i.code === code)!.name.id;
const ALL = defaultInstrument.groups.flatMap((g) => g.indicators.map((i) => i.code));

test.describe.configure({ mode: "serial" });

let diagnosisUrl = "";

async function pick(page: Page, code: string, level: number) {
  await page
    .getByRole("radiogroup", { name: name(code), exact: true })
    .getByRole("radio", { name: new RegExp(`^Tingkat ${level}\\b`) })
    .check();
}

async function saved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
}

async function signInStaff(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "staff");
  return { context, page };
}

test("staff fill with rubric levels, survive a reload, are told what is missing, and submit", async ({ page }) => {
  // The whole form, two reloads and an upload: more than the default 45 s on a busy shared machine.
  test.setTimeout(120_000);
  await signInAs(page, "staff");
  await page.goto(`/clusters/${CLUSTER.id}`);
  await page.getByRole("button", { name: "Mulai diagnosis" }).click();
  await expect(page).toHaveURL(/\/diagnoses\/[^/]+\/edit$/);
  diagnosisUrl = page.url().replace(/\/edit$/, "");
  await expect(page.getByRole("heading", { level: 2, name: /Faktor Kondisi/ })).toBeVisible();
  // Each level is described in the user's language.
  await expect(page.getByRole("radiogroup", { name: name("FC_GEN_LOCATION"), exact: true })).toContainText(
    "Strategis: di jalur jalan nasional",
  );

  const first = ALL.slice(0, 11); // factor and demand conditions
  for (const code of first) await pick(page, code, 3);
  await page.getByLabel("Catatan bukti").first().fill("Survei lapangan November 2026");
  await expect(page.getByTestId("provisional-stage")).toHaveText("Data belum cukup");
  await saved(page);

  // Two more answers, then reload at once: the unsent change comes back from this device.
  await pick(page, "RS_LOCAL_INPUT", 4);
  await pick(page, "RS_GOVERNMENT", 2);
  await page.reload();
  await expect(
    page.getByRole("radiogroup", { name: name("RS_GOVERNMENT"), exact: true }).getByRole("radio", { name: /^Tingkat 2\b/ }),
  ).toBeChecked();
  await expect(
    page.getByRole("radiogroup", { name: name("DC_QUALITY"), exact: true }).getByRole("radio", { name: /^Tingkat 3\b/ }),
  ).toBeChecked();
  await expect(page.getByLabel("Catatan bukti").first()).toHaveValue("Survei lapangan November 2026");
  await saved(page);
  await page.reload();
  await expect(
    page.getByRole("radiogroup", { name: name("RS_LOCAL_INPUT"), exact: true }).getByRole("radio", { name: /^Tingkat 4\b/ }),
  ).toBeChecked();

  // Incomplete: the action-capacity group is empty, and the form says which indicators.
  await page.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
  const problem = page.getByTestId("submit-problem");
  await expect(problem).toContainText("belum lengkap");
  await expect(problem).toContainText(name("AC_ORGANISATION"));
  await expect(problem).toContainText(name("AC_PLANNING"));
  await expect(page).toHaveURL(/\/edit$/);

  for (const code of ALL.slice(13)) await pick(page, code, code.startsWith("AC_") ? 3 : 4);
  // Not applicable needs a reason.
  const env = page.getByRole("group", { name: name("FC_GEN_ENVIRONMENT") });
  await env.getByRole("radio", { name: "Tidak berlaku / tidak diketahui" }).check();
  await env.getByLabel("Alasan tidak berlaku / tidak diketahui").fill("Belum ada kajian dampak lingkungan");
  // Evidence file: checked by its bytes, stored, linked.
  const png = Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
    "hex",
  );
  await page.locator(`#DC_TREND-file`).setInputFiles({ name: "penjualan.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("link", { name: "penjualan.png" })).toBeVisible();
  await expect(page.getByTestId("provisional-stage")).not.toHaveText("Data belum cukup");
  await saved(page);
  await page.screenshot({ path: `${SHOTS}/diagnosis-form.png`, fullPage: false });
  await page.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByText("Diagnosis ini berstatus Diajukan.")).toBeVisible();
});

test("a consultant not assigned to the centre gets not-found everywhere", async ({ page }) => {
  await signIn(page, "konsultan2@sentra.test");
  await expect(page).toHaveURL(/\/my-centres$/);
  for (const path of [`${diagnosisUrl}/review`, "/diagnoses/demo-diag-batik-laweyan-2025/report", "/clusters/demo-batik-laweyan"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    expect(await page.content()).not.toContain("Sentra Batik Laweyan");
  }
  expect((await page.request.get("/api/diagnoses/demo-diag-batik-laweyan-2025/pdf")).status()).toBe(404);
  await page.goto("/reviews");
  await expect(page.getByText(CLUSTER.name)).toHaveCount(0);
});

test("the assigned consultant returns it with comments", async ({ page }) => {
  await signInAs(page, "consultant");
  await expect(page.getByTestId("notification-count")).toBeVisible();
  await page.goto("/reviews");
  await page.getByRole("link", { name: `Tinjau: ${CLUSTER.name}` }).click();
  await expect(page).toHaveURL(`${diagnosisUrl}/review`);
  await expect(page.getByTestId("engine-result")).toContainText("Mengapa tahap ini");
  await expect(page.getByTestId("what-if")).toBeVisible();
  await expect(page.getByRole("link", { name: "Lihat berkas penjualan.png" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/diagnosis-review.png`, fullPage: true });
  await page.getByRole("button", { name: "Kembalikan ke penilai" }).click();
  await expect(page.getByText("Komentar keseluruhan wajib diisi")).toBeVisible();
  await page.getByLabel(`Komentar untuk ${name("CC_JOINT_ACTION")}`).fill("Sebutkan kegiatan bersama yang benar-benar berjalan.");
  await page.getByLabel("Komentar keseluruhan (wajib untuk pengembalian)").fill("Bukti kerjasama perlu dilengkapi.");
  await page.getByRole("button", { name: "Kembalikan ke penilai" }).click();
  await expect(page).toHaveURL(/\/reviews\?done=returned$/);
  await expect(page.getByRole("link", { name: `Tinjau: ${CLUSTER.name}` })).toHaveCount(0);
});

test("staff see the comments beside the indicators, revise and resubmit", async ({ page }) => {
  await signInAs(page, "staff");
  await page.goto(diagnosisUrl);
  await expect(page).toHaveURL(/\/edit$/);
  await expect(page.getByText("Bukti kerjasama perlu dilengkapi.")).toBeVisible();
  const joint = page.getByRole("group", { name: name("CC_JOINT_ACTION") });
  await expect(joint).toContainText("Sebutkan kegiatan bersama yang benar-benar berjalan.");
  await pick(page, "CC_JOINT_ACTION", 2);
  await joint.getByLabel("Catatan bukti").fill("Hanya pameran bersama tahunan.");
  await saved(page);
  await page.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
  await expect(page).toHaveURL(/\/review$/);
});

test("the consultant approves; stage, history, report and PDF follow", async ({ page }) => {
  await signInAs(page, "consultant");
  await page.goto("/reviews");
  await page.getByRole("link", { name: `Tinjau: ${CLUSTER.name}` }).click();
  await page.getByRole("button", { name: "Setujui" }).click();
  await expect(page).toHaveURL(`${diagnosisUrl}/report`);
  await expect(page.getByRole("heading", { level: 1, name: `Laporan diagnosis: ${CLUSTER.name}` })).toBeVisible();
  // The radar is drawn as it comes into view (its chart library loads then).
  const radar = page.getByRole("figure", { name: "Profil kelompok faktor (0–100)" });
  await radar.scrollIntoViewIfNeeded();
  await expect(radar.locator(".recharts-surface")).toBeVisible();
  await expect(page.getByTestId("recommendations")).toContainText(/Fasilitasi|Pelatihan|Konsultasi|Layanan informasi/);
  await page.screenshot({ path: `${SHOTS}/diagnosis-report.png`, fullPage: true });

  const pdf = await page.request.get(`/api/diagnoses/${diagnosisUrl.split("/").pop()}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.toString("latin1")).toMatch(/\/Type\s*\/Page\b/);
  expect(bytes.length).toBeGreaterThan(1500);

  await page.goto(`/clusters/${CLUSTER.id}`);
  const history = page.getByTestId("stage-history");
  await expect(history.getByRole("link")).toHaveCount(1);
  await expect(page.getByTestId("cluster-diagnoses").getByTestId("diagnosis-status").first()).toHaveText("Disetujui");
  await expect(page.getByRole("heading", { level: 1, name: CLUSTER.name })).toBeVisible();
  await expect(page.getByText("Belum didiagnosis")).toHaveCount(0);
});

test("history compares the last two diagnoses indicator by indicator", async ({ page }) => {
  await signInAs(page, "consultant");
  await page.goto("/clusters/demo-batik-laweyan");
  await expect(page.getByTestId("stage-history").getByRole("link")).toHaveCount(3);
  await expect(page.getByTestId("diagnosis-compare")).toContainText("naik");
});

test("a stale save shows the conflict: who saved, what differs, and a choice", async ({ browser }) => {
  const a = await signInStaff(browser);
  const b = await signInStaff(browser);
  const draft = "/diagnoses/demo-diag-bordir-tasik-draft/edit";
  await a.page.goto(draft);
  await b.page.goto(draft);
  await pick(a.page, "CC_JOINT_ACTION", 5);
  await saved(a.page);
  await pick(b.page, "CC_INTER_CLUSTER", 1);
  const panel = b.page.getByRole("alertdialog");
  await expect(panel).toContainText("disimpan di tempat lain lebih dulu", { timeout: 15_000 });
  await expect(panel).toContainText("Rahmat Hidayat");
  await expect(panel).toContainText(name("CC_JOINT_ACTION"));
  await expect(panel).toContainText(name("CC_INTER_CLUSTER"));
  await b.page.screenshot({ path: `${SHOTS}/diagnosis-conflict.png` });
  await panel.getByRole("button", { name: "Pakai isian saya" }).click();
  await saved(b.page);
  await a.page.reload();
  // Keeping mine rebased on the server's version: B's answers, nothing merged silently.
  await expect(
    a.page.getByRole("radiogroup", { name: name("CC_INTER_CLUSTER"), exact: true }).getByRole("radio", { name: /^Tingkat 1\b/ }),
  ).toBeChecked();
  await a.context.close();
  await b.context.close();
});

test("offline changes are kept and sent when the network is back", async ({ browser }) => {
  const { context, page } = await signInStaff(browser);
  await page.goto("/diagnoses/demo-diag-bordir-tasik-draft/edit");
  await context.setOffline(true);
  await pick(page, "AC_OPENNESS", 4);
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "offline", { timeout: 15_000 });
  await context.setOffline(false);
  await saved(page);
  await page.reload();
  await expect(
    page.getByRole("radiogroup", { name: name("AC_OPENNESS"), exact: true }).getByRole("radio", { name: /^Tingkat 4\b/ }),
  ).toBeChecked();
  await context.close();
});
