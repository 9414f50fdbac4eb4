/**
 * The crash drill: the production build served by `scripts/run.ts start` on its own
 * embedded PostgreSQL; a browser signed in as staff records a stream of writes through
 * the app's forms, in turn: a disbursement on the institution page, an edit of a
 * cluster's worker count, and an autosave of one diagnosis answer, while this script
 * kills the postmaster with SIGKILL mid-stream. Checked afterwards:
 * - the app process never exited, and the embedded server came back by itself;
 * - /api/health answered 503 during the outage; a page asked for then showed the
 *   "database unavailable" page in Indonesian (no stack trace) even when its first
 *   health check answered 200, and reloaded itself into the page asked for once the
 *   database was back;
 * - the app served again within 5 s of the database being back (no app restart);
 * - every disbursement the app acknowledged is in the database exactly once with its
 *   audit row, and nothing partial is (no disbursement without its audit row);
 * - every cluster edit the app acknowledged is there: the cluster's version rose by
 *   exactly its number of `cluster.update` audit rows (an edit without its audit row,
 *   or the reverse, would break that), at least by the acknowledged edits, and the
 *   stored worker count is that of the last acknowledged edit unless a later one
 *   was written without its acknowledgement reaching the browser;
 * - every autosave the form acknowledged ("saved") is in the diagnosis's answers (each
 *   autosave answers another indicator, so none overwrites an earlier one), and the
 *   diagnosis's version rose by exactly its number of `diagnosis.save_draft` audit rows.
 * Prints the times measured (kill → database back → app healthy).
 */
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { defaultInstrument } from "../../lib/diagnosis/engine";
import { CHROMIUM_ARGS, CHROMIUM_PATH, spawnApp, waitUntilHealthy } from "../lib/app-process";
import { besideDataDir, freePort } from "../lib/embedded-postgres";

const INSTITUTION = "demo-fi-lkm-11-2";
const CLUSTER = "demo-noken-jayapura";
// No seeded diagnosis: the drill starts one and autosaves into it.
const DIAGNOSIS_CLUSTER = "demo-gerabah-kasongan";
const INDICATORS = defaultInstrument.groups.flatMap((g) => g.indicators);
const WRITES = Number(process.env.DRILL_WRITES ?? 30);
const KILL_AFTER = Number(process.env.DRILL_KILL_AFTER ?? 8);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function crashDrill(log: (l: string) => void = console.log) {
  const dataParent = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-crash-drill-"));
  await fs.chmod(dataParent, 0o755);
  const app = spawnApp({
    port: await freePort(),
    stdio: "pipe",
    env: { DATABASE_URL: "", SENTRA_DATA_DIR: path.join(dataParent, "pg"), WEB_CONCURRENCY: "1" },
  });
  const baseUrl = app.baseUrl;
  let output = "";
  const collect = (b: Buffer) => {
    output += b.toString();
  };
  app.child.stdout!.on("data", collect);
  app.child.stderr!.on("data", collect);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const healthy = () =>
      fetch(`${baseUrl}/api/health`)
        .then((r) => r.status)
        .catch(() => 0);
    await waitUntilHealthy(baseUrl, { timeoutMs: 180_000, exited: app.exited }).catch((err: Error) => {
      throw new Error(`${err.message}:\n${output}`);
    });
    const dataDir = /Embedded PostgreSQL listening on 127\.0\.0\.1:(\d+) \(data: (.+)\)/.exec(output)?.[2];
    assert.ok(dataDir, "the app's log names the embedded server's data folder");
    const postmasterPid = async () => Number((await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    const dbUrl = async () => {
      const pgPort = Number((await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[3]);
      const password = (await fs.readFile(besideDataDir(dataDir, "password"), "utf8")).trim();
      return `postgresql://postgres:${password}@127.0.0.1:${pgPort}/sentra`;
    };

    const context = await browser.newContext({ baseURL: baseUrl, locale: "id-ID" });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("staf@sentra.test");
    await page.getByLabel(/Kata sandi|Password/).fill("sentra-demo-2026");
    await page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
    await page.waitForURL(/\/clusters$/, { timeout: 60_000 });
    const before = await clusterState(await dbUrl());
    await page.goto(`/clusters/${DIAGNOSIS_CLUSTER}`);
    await page.getByRole("button", { name: "Mulai diagnosis" }).click();
    await page.waitForURL(/\/diagnoses\/[^/]+\/edit$/, { timeout: 30_000 });
    const diagnosisId = /\/diagnoses\/([^/]+)\/edit$/.exec(page.url())![1]!;
    const diagnosisBefore = await diagnosisState(await dbUrl(), diagnosisId);
    await page.goto(`/financing/institutions/${INSTITUTION}`);

    // Health, sampled every 100 ms for the whole stream.
    const samples: Array<{ at: number; status: number }> = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        samples.push({ at: Date.now(), status: await healthy() });
        await sleep(100);
      }
    })();

    const tag = `drill-${Date.now()}`;
    const acked: Array<{ purpose: string; amount: bigint }> = [];
    const refused: string[] = [];
    const ackedEdits: number[] = [];
    const refusedEdits: number[] = [];
    const ackedAnswers: Array<{ code: string; level: number }> = [];
    let refusedAnswers = 0;
    let killedAt = 0;
    let unavailableText: string | null = null;
    let pageRecovered: Promise<number> = Promise.resolve(0);
    for (let i = 0; i < WRITES; i++) {
      if (i === KILL_AFTER) {
        const pid = await postmasterPid();
        killedAt = Date.now();
        process.kill(pid, "SIGKILL");
        log(`  killed the postmaster (pid ${pid}) with SIGKILL after ${i} writes`);
        const outage = await openOutagePage(context);
        unavailableText = await outage.unavailable;
        if (!unavailableText) log(`  the page during the outage said: ${await outage.text()}`);
        pageRecovered = outage.recovered;
      }
      if (i % 3 === 2) {
        // Every third write autosaves one answer: another indicator each time.
        const answer = { code: INDICATORS[Math.floor(i / 3) % INDICATORS.length]!.code, level: 1 + (i % 5) };
        if (await autosaveAnswer(browser, context, baseUrl, diagnosisId, answer)) ackedAnswers.push(answer);
        else refusedAnswers++;
        continue;
      }
      if (i % 3 === 1) {
        // The next edits the cluster: its worker count is the write's number.
        const workers = 500 + i;
        if (await submitClusterEdit(page, workers)) ackedEdits.push(workers);
        else refusedEdits.push(workers);
        continue;
      }
      const purpose = `${tag}-${i}`;
      const amount = 1000n + BigInt(i);
      if (await submitDisbursement(page, purpose, amount)) acked.push({ purpose, amount });
      else refused.push(purpose);
    }
    sampling = false;
    await sampler;

    const down = samples.find((s) => s.at >= killedAt && s.status !== 200);
    const backLine = /Embedded PostgreSQL restarted after (\d+) ms/.exec(output);
    assert.ok(backLine, `the embedded server restarted by itself:\n${output.slice(-2000)}`);
    const dbBackAt = killedAt + Number(backLine[1]);
    const upAgain = samples.find((s) => s.at >= dbBackAt && s.status === 200);
    assert.ok(down, "/api/health answered 503 during the outage");
    assert.ok(upAgain, "the app became healthy again");
    assert.equal(app.exited(), null, "the app process never exited");
    assert.ok(unavailableText, 'a page during the outage showed "Basis data tidak tersedia"');
    assert.doesNotMatch(unavailableText, /at .*\.js:\d+/, "without a stack trace");
    const pageRecoveredAt = await pageRecovered;
    assert.ok(pageRecoveredAt > 0, "the page that showed the outage reloaded by itself into the page asked for");

    const client = new pg.Client({ connectionString: await dbUrl() });
    await client.connect();
    const { rows } = await client.query<{ purpose: string; amount: string; audits: number }>(
      `SELECT d.purpose, d.amount::text AS amount,
              (SELECT count(*)::int FROM audit_log a WHERE a."entityType" = 'Disbursement' AND a."entityId" = d.id AND a.action = 'disbursement.create') AS audits
       FROM disbursement d WHERE d.purpose LIKE $1`,
      [`${tag}-%`],
    );
    await client.end();
    const stored = new Map<string, { amount: string; audits: number; n: number }>();
    for (const r of rows) stored.set(r.purpose, { amount: r.amount, audits: r.audits, n: (stored.get(r.purpose)?.n ?? 0) + 1 });
    for (const a of acked) {
      const s = stored.get(a.purpose);
      assert.ok(s, `acknowledged write ${a.purpose} is in the database`);
      assert.equal(s.n, 1, `${a.purpose} stored once`);
      assert.equal(s.amount, a.amount.toString(), `${a.purpose} with its amount`);
    }
    for (const [purpose, s] of stored)
      assert.equal(s.audits, 1, `${purpose}: a disbursement and its audit row, never one without the other`);
    const after = await clusterState(await dbUrl());
    const versions = after.version - before.version;
    const audits = after.audits - before.audits;
    assert.equal(versions, audits, `cluster edits: the version rose by ${versions}, with ${audits} audit rows`);
    assert.ok(versions >= ackedEdits.length, `every acknowledged cluster edit is stored (${versions} of ${ackedEdits.length})`);
    const lastAcked = ackedEdits.at(-1);
    const possible = new Set([lastAcked, ...refusedEdits.filter((w) => lastAcked === undefined || w > lastAcked)]);
    assert.ok(
      possible.has(after.workers),
      `the cluster holds the last acknowledged edit (${after.workers}; expected one of ${[...possible].join(", ")})`,
    );
    const diagnosisAfter = await diagnosisState(await dbUrl(), diagnosisId);
    const saves = diagnosisAfter.version - diagnosisBefore.version;
    const saveAudits = diagnosisAfter.audits - diagnosisBefore.audits;
    assert.equal(saves, saveAudits, `autosaves: the version rose by ${saves}, with ${saveAudits} audit rows`);
    for (const a of ackedAnswers)
      assert.equal(diagnosisAfter.answers[a.code]?.level, a.level, `acknowledged autosave ${a.code} = ${a.level} is stored`);
    const figures = {
      writes: WRITES,
      autosavesAcknowledged: ackedAnswers.length,
      autosavesRefusedOrFailed: refusedAnswers,
      autosavesStored: saves,
      clusterEditsAcknowledged: ackedEdits.length,
      clusterEditsStored: versions,
      acknowledged: acked.length,
      refusedOrFailed: refused.length,
      storedUnacknowledged: [...stored.keys()].filter((p) => !acked.some((a) => a.purpose === p)).length,
      databaseBackMs: Number(backLine[1]),
      appHealthyAfterDatabaseMs: upAgain.at - dbBackAt,
      killToHealthyMs: upAgain.at - killedAt,
      outagePageRecoveredAfterDatabaseMs: pageRecoveredAt - dbBackAt,
    };
    log(`  figures: ${JSON.stringify(figures)}`);
    assert.ok(figures.appHealthyAfterDatabaseMs <= 5_000, "the app recovered within 5 s of the database being back");
    assert.ok(acked.length + ackedEdits.length + ackedAnswers.length > KILL_AFTER, "writes were acknowledged after the recovery too");
    // Each kind of write was acknowledged at least once: a drill that can no longer tell an
    // acknowledgement (a changed message or page) must fail, not pass on the other kinds.
    assert.ok(acked.length > 0, "some disbursements were acknowledged");
    assert.ok(ackedEdits.length > 0, "some cluster edits were acknowledged");
    assert.ok(ackedAnswers.length > 0, "some autosaves were acknowledged");
    return figures;
  } finally {
    await browser.close().catch(() => {});
    await app.stop();
    await fs.rm(dataParent, { recursive: true, force: true });
  }
}

const UNAVAILABLE = "Basis data tidak tersedia";

/**
 * Opens /financing during the outage, in the signed-in context. Every /api/health the
 * page asks is answered 200, as if the database were back already (the race a slow
 * browser meets: a restart takes 2-4 s), until the page has said the database was
 * unavailable: it must say so from the error's digest alone, not from the health check.
 * Then the real answers: it must reload itself into /financing once the database is
 * really back. A recorder in the page keeps the error page's text in sessionStorage,
 * which outlives the page's own reloads.
 */
async function openOutagePage(context: BrowserContext) {
  let seen = false;
  await context.route("**/api/health", async (route) => {
    if (seen) return route.continue();
    await route.fulfill({ status: 200, json: { status: "ok", database: "up" } });
  });
  const page = await context.newPage();
  // A script of its own text: tsx would wrap a function's inner names in a helper the
  // page does not have.
  await page.addInitScript({
    content: `new MutationObserver(() => {
      for (const h of document.querySelectorAll("h1"))
        if (h.textContent === ${JSON.stringify(UNAVAILABLE)})
          sessionStorage.setItem("drill:unavailable", (h.closest("main") ?? h).textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });`,
  });
  await page.goto("/financing").catch(() => {});
  const recorded = () => page.evaluate(() => sessionStorage.getItem("drill:unavailable")).catch(() => null);
  const unavailable = (async () => {
    for (const until = Date.now() + 15_000; Date.now() < until; await sleep(100)) {
      const text = await recorded();
      if (text) {
        seen = true;
        return text;
      }
    }
    seen = true;
    return null;
  })();
  const recovered = page
    .getByRole("heading", { name: "Pembiayaan MAP", level: 1 })
    .waitFor({ timeout: 60_000 })
    .then(() => Date.now())
    .catch(() => 0)
    // Closed once the recorder was read: sessionStorage goes with the page.
    .finally(() => unavailable.then(() => page.close().catch(() => {})));
  const text = () =>
    page
      .locator("main")
      .first()
      .innerText()
      .catch(() => "");
  return { unavailable, recovered, text };
}

/** The drill cluster's version, worker count and number of `cluster.update` audit rows. */
async function clusterState(url: string): Promise<{ version: number; workers: number; audits: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number; workers: number; audits: number }>(
      `SELECT c.version, c."workerCount" AS workers,
              (SELECT count(*)::int FROM audit_log a WHERE a."entityType" = 'Cluster' AND a."entityId" = c.id AND a.action = 'cluster.update') AS audits
       FROM cluster c WHERE c.id = $1`,
      [CLUSTER],
    );
    assert.ok(rows[0], `the drill cluster ${CLUSTER} exists`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** The drill diagnosis's version, answers and number of `diagnosis.save_draft` audit rows. */
async function diagnosisState(
  url: string,
  id: string,
): Promise<{ version: number; audits: number; answers: Record<string, { level?: number }> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number; audits: number; answers: Record<string, { level?: number }> }>(
      `SELECT d.version, d.answers,
              (SELECT count(*)::int FROM audit_log a WHERE a."entityType" = 'Diagnosis' AND a."entityId" = d.id AND a.action = 'diagnosis.save_draft') AS audits
       FROM diagnosis d WHERE d.id = $1`,
      [id],
    );
    assert.ok(rows[0], `the drill diagnosis ${id} exists`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/**
 * Answers one indicator on the diagnosis form; true when the form said "saved". Each
 * autosave runs in a fresh browser context with the session's cookies but no local
 * drafts, so an answer kept on the device by an earlier, unacknowledged save is not
 * sent again here (it would meet a stale version, as a second device would).
 */
async function autosaveAnswer(
  browser: Browser,
  signedIn: BrowserContext,
  baseUrl: string,
  diagnosisId: string,
  answer: { code: string; level: number },
): Promise<boolean> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: "id-ID",
    storageState: { cookies: (await signedIn.storageState()).cookies, origins: [] },
  });
  try {
    const page = await context.newPage();
    await page.goto(`/diagnoses/${diagnosisId}/edit`, { timeout: 15_000 });
    const name = INDICATORS.find((i) => i.code === answer.code)!.name.id;
    await page
      .getByRole("radiogroup", { name, exact: true })
      .getByRole("radio", { name: new RegExp(`^Tingkat ${answer.level}\\b`) })
      .check({ timeout: 5_000 });
    await page.getByTestId("save-status").and(page.locator('[data-status="saved"]')).waitFor({ timeout: 15_000 });
    return true;
  } catch {
    return false;
  } finally {
    await context.close().catch(() => {});
  }
}

/** Edits the drill cluster's worker count; true when the app acknowledged it (its saved message). */
async function submitClusterEdit(page: Page, workers: number): Promise<boolean> {
  try {
    await page.goto(`/clusters/${CLUSTER}/edit`, { timeout: 15_000 });
    await page.getByLabel("Jumlah tenaga kerja").fill(String(workers), { timeout: 5_000 });
    await page.getByRole("button", { name: "Simpan" }).first().click();
    await page.getByText("Perubahan tersimpan.").waitFor({ timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
}

/** Submits one disbursement; true when the app acknowledged it (its success message). */
async function submitDisbursement(page: Page, purpose: string, amount: bigint): Promise<boolean> {
  try {
    // A fresh page for every write: the previous write's success message must not be
    // mistaken for this one's.
    await page.goto(`/financing/institutions/${INSTITUTION}`, { timeout: 15_000 });
    const form = page.getByRole("form", { name: "Penyaluran baru kepada UKM" });
    await form.getByLabel("UKM").selectOption({ index: 1 }, { timeout: 5_000 });
    await form.getByLabel("Jumlah (Rp)").fill(amount.toString());
    await form.getByLabel("Tujuan penggunaan").fill(purpose);
    await form.getByRole("button", { name: "Salurkan" }).click();
    const ok = form.getByText(/Penyaluran kepada .* tercatat\./);
    // A form-level or field error (paragraphs; the red required marks are spans), or the error summary.
    const failed = form.locator('[role="alert"], p.text-red-700, [data-testid="error-summary"]:not([hidden])').first();
    await Promise.race([ok.waitFor({ timeout: 15_000 }), failed.waitFor({ timeout: 15_000 })]);
    return await ok.isVisible();
  } catch {
    // No answer (or the page could not load): not acknowledged. Reload for the next write.
    await page.goto(`/financing/institutions/${INSTITUTION}`, { timeout: 15_000 }).catch(() => {});
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await crashDrill();
  console.log("Crash drill passed.");
}
