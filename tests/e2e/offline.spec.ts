import { expect, test, type Browser, type Page } from "@playwright/test";
import { MAX_RETRY_MS } from "../../components/diagnosis/autosave-state";
import { defaultInstrument } from "../../lib/diagnosis/engine";
import { signInAs } from "./fixtures/auth";

// The diagnosis form as an offline app (docs/offline.md), on the production build with its
// service worker: a form opened once reopens with no connection, with its answers; answers
// changed offline are counted, kept on the device and saved when the network is back; a
// change saved meanwhile by someone else is reported as a conflict and nothing is lost.
// Dodol Garut has no seeded diagnosis and no other spec uses it.

// playwright.config.ts blocks service workers for every other spec.
test.use({ serviceWorkers: "allow" });

const CLUSTER = "demo-dodol-garut";
const FORMS_CACHE = "sentra-forms";
const name = (code: string) => defaultInstrument.groups.flatMap((g) => g.indicators).find((i) => i.code === code)!.name.id;

function level(page: Page, code: string, value: number) {
  return page.getByRole("radiogroup", { name: name(code), exact: true }).getByRole("radio", { name: new RegExp(`^Tingkat ${value}\\b`) });
}

async function saved(page: Page, timeout = 20_000) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout });
}

async function signInStaff(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "staff");
  return { context, page };
}

test("a form opened once works offline; its answers are saved when the network is back, and a change made meanwhile is a conflict", async ({
  browser,
}) => {
  // Two browsers, three reloads, two trips offline and up to two 30 s retries on a busy shared machine.
  test.setTimeout(300_000);
  const a = await signInStaff(browser);
  // The service worker is registered by the first page of the app and takes control of it.
  await a.page.goto(`/clusters/${CLUSTER}`);
  await expect.poll(() => a.page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);

  // Started from the centre's page: a client-side navigation, so the form asks the worker to keep it.
  await a.page.getByRole("button", { name: "Mulai diagnosis" }).click();
  await expect(a.page).toHaveURL(/\/diagnoses\/[^/]+\/edit$/);
  const form = new URL(a.page.url()).pathname;
  await expect
    .poll(() => a.page.evaluate(async ([cache, path]) => Boolean(await (await caches.open(cache!)).match(path!)), [FORMS_CACHE, form]), {
      timeout: 20_000,
    })
    .toBe(true);
  await level(a.page, "FC_GEN_LOCATION", 3).check();
  await level(a.page, "FC_GEN_INFRASTRUCTURE", 2).check();
  await saved(a.page);

  // Offline, the reloaded form is the worker's copy (cached before these answers were saved):
  // the answers come from this device's saved copy.
  await a.context.setOffline(true);
  const reload = await a.page.reload();
  expect(reload?.fromServiceWorker()).toBe(true);
  await expect(level(a.page, "FC_GEN_LOCATION", 3)).toBeChecked();
  await expect(level(a.page, "FC_GEN_INFRASTRUCTURE", 2)).toBeChecked();
  await expect(a.page.getByTestId("pending-changes")).toHaveCount(0);

  // Answers changed offline: kept here, counted, not sent.
  await level(a.page, "FC_GEN_INFRASTRUCTURE", 4).check();
  await level(a.page, "FC_GEN_ENVIRONMENT", 3).check();
  await expect(a.page.getByTestId("pending-changes")).toHaveText("2 jawaban belum terkirim");
  // Chromium's emulated offline leaves navigator.onLine true in a page loaded while offline (a
  // network without uplink does the same): the form then says "failed, retrying" instead of "offline".
  await expect(a.page.getByTestId("save-status")).toHaveAttribute("data-status", /^(offline|error)$/, { timeout: 15_000 });

  // A page never opened on this device says what works offline.
  const other = await a.context.newPage();
  await other.goto("/smes");
  await expect(other.getByTestId("offline-page")).toContainText("Anda sedang luring");
  await expect(other.getByTestId("offline-page")).toContainText("You are offline");
  await other.close();

  // Reloading offline loses nothing.
  await a.page.reload();
  await expect(level(a.page, "FC_GEN_INFRASTRUCTURE", 4)).toBeChecked();
  await expect(level(a.page, "FC_GEN_ENVIRONMENT", 3)).toBeChecked();
  await expect(a.page.getByTestId("pending-changes")).toHaveText("2 jawaban belum terkirim");

  // Back online: saved, nothing left to send. A page that never saw the browser go offline gets
  // no "online" event either: its retry (backoff capped at MAX_RETRY_MS, 30 s) sends them.
  await a.context.setOffline(false);
  await saved(a.page, MAX_RETRY_MS + 15_000);
  await expect(a.page.getByTestId("pending-changes")).toHaveCount(0);

  // Offline again; meanwhile another session saves the same diagnosis first.
  await a.context.setOffline(true);
  await level(a.page, "FC_GEN_LOCATION", 5).check();
  await expect(a.page.getByTestId("pending-changes")).toHaveText("1 jawaban belum terkirim");
  const b = await signInStaff(browser);
  await b.page.goto(form);
  await expect(level(b.page, "FC_GEN_ENVIRONMENT", 3)).toBeChecked();
  await level(b.page, "FC_GEN_INFRASTRUCTURE", 1).check();
  await saved(b.page);

  // Back online: the stale save is a conflict that names what differs; keeping mine saves it.
  await a.context.setOffline(false);
  const panel = a.page.getByRole("alertdialog");
  await expect(panel).toContainText("disimpan di tempat lain lebih dulu", { timeout: MAX_RETRY_MS + 15_000 });
  await expect(panel).toContainText(name("FC_GEN_LOCATION"));
  await expect(panel).toContainText(name("FC_GEN_INFRASTRUCTURE"));
  await panel.getByRole("button", { name: "Pakai isian saya" }).click();
  await saved(a.page);
  await expect(a.page.getByTestId("pending-changes")).toHaveCount(0);

  // The server has A's answers, on top of B's version.
  await b.page.reload();
  await expect(level(b.page, "FC_GEN_LOCATION", 5)).toBeChecked();
  await expect(level(b.page, "FC_GEN_INFRASTRUCTURE", 4)).toBeChecked();

  // Signing out empties the forms cache and the saved copies; unsent drafts are none now.
  await a.page.getByRole("button", { name: "Keluar" }).click();
  await expect(a.page).toHaveURL(/\/login/);
  expect(await a.page.evaluate(async (cache) => (await caches.keys()).includes(cache), FORMS_CACHE)).toBe(false);
  expect(await a.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("sentra:diagnosis-saved:")))).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test("the app is installable: a manifest with icons, served without a session", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as {
    display: string;
    start_url: string;
    icons: Array<{ src: string; purpose: string; sizes: string }>;
  };
  expect(body).toMatchObject({ display: "standalone", start_url: "/", lang: "id" });
  for (const icon of body.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
  }
  expect(body.icons.some((i) => i.purpose === "maskable" && i.sizes === "512x512")).toBe(true);
  const worker = await request.get("/serwist/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["service-worker-allowed"]).toBe("/");
  const offline = await request.get("/offline");
  expect(offline.status()).toBe(200);
  expect(await offline.text()).toContain("Anda sedang luring");
});
