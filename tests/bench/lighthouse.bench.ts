// Lighthouse 12 (mobile emulation, its default) on the pages a field officer meets:
// npm run bench:lighthouse (tsx tests/bench/lighthouse.bench.ts).
//
// Uses the benchmarks' database (tests/bench/lib/national-database.ts: the
// national set, or DATABASE_URL as it is) and a production build (`next build` under
// /tmp/sentra-build.lock unless BENCH_SKIP_BUILD=1), served the way `npm start` serves
// it. For login (signed out), the cluster list and the dashboard (as the manager) and
// the diagnosis form (as staf@sentra.test, on a draft) it prints Lighthouse's
// performance score, total blocking time (TBT) and largest contentful paint, and the
// page's first-load JS: every JS chunk its HTML references, gzipped and summed.
// Targets: dashboard TBT < 600 ms, first-load JS of every page <= 180 kB gzipped.
// The floor, measured in the same run: the app shell (/account/security, an
// authenticated page with next to nothing of its own, as bench:dashboard uses), whose
// TBT is the framework's own hydration on this machine; the dashboard's TBT is also
// printed as a ratio to it.
//
// Every load is audited twice (gathered once, then Lighthouse's audit mode on the same
// artifacts): at Lighthouse's default 4× CPU slowdown, and at the slowdown that emulates a
// mid-tier mobile on this host, from the BenchmarkIndex Lighthouse measured during that load
// (tests/bench/lib/cpu-calibration.ts, after Lighthouse's docs/throttling.md). Both tables
// are printed; docs/performance.md says how to read them.
//
// Chromium: /usr/bin/chromium (CHROMIUM_PATH), with the flags docs/ENVIRONMENT-style
// machines need. LIGHTHOUSE_RUNS (default 1): runs per page, the median is reported;
// LIGHTHOUSE_PAGES: only these pages (comma-separated names: login, cluster list,
// diagnosis form, dashboard).
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/app-process";
import { signIn, startAppServer, type AppServer } from "./lib/app-server";
import { buildUnderLock } from "./lib/build-lock";
import { midTierMobileMultiplier } from "./lib/cpu-calibration";
import { openNationalBenchDatabase } from "./lib/national-database";
import { table } from "./lib/stats";
import { defaultInstrument } from "../../lib/diagnosis/engine";
import { FIRST_LOAD_JS_BUDGET_KB, firstLoadJs } from "../support/first-load-js";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
const TARGET_TBT_MS = 600;
const PASSWORD = "sentra-demo-2026";

const log = (line: string) => console.log(`[lighthouse] ${line}`);

/**
 * A draft diagnosis for the form, opened as staf@sentra.test (diagnosis:fill is staff's
 * and admins': they edit any primary diagnosis they can read). When the database has
 * none, one is created (a DRAFT on the default instrument, assessed by that user, id
 * "lighthouse-draft") and left there for the next run.
 */
async function draftDiagnosis(url: string): Promise<{ id: string; email: string } | null> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const find = () =>
      client.query<{ id: string; email: string }>(
        `SELECT d.id, 'staf@sentra.test' AS email FROM diagnosis d JOIN cluster c ON c.id = d."clusterId"
          WHERE d.status IN ('DRAFT', 'RETURNED') AND d.role = 'PRIMARY' AND c.status = 'ACTIVE'
          ORDER BY (d.id = 'lighthouse-draft') DESC, d.id LIMIT 1`,
      );
    const found = (await find()).rows[0];
    if (found) return found;
    const created = await client.query(
      `INSERT INTO diagnosis (id, "clusterId", "instrumentCode", "instrumentVersion", "assessorId", "updatedAt")
       SELECT 'lighthouse-draft', (SELECT id FROM cluster WHERE status = 'ACTIVE' ORDER BY id LIMIT 1), $1, $2, u.id, now()
         FROM "user" u WHERE u.email = 'staf@sentra.test'
       ON CONFLICT (id) DO NOTHING`,
      [defaultInstrument.code, defaultInstrument.version],
    );
    if (created.rowCount) log("Created a draft diagnosis (id lighthouse-draft, assessed by staf@sentra.test)");
    return (await find()).rows[0] ?? null;
  } finally {
    await client.end();
  }
}

interface Figures {
  score: number;
  tbt: number;
  lcp: number;
}

/** One load of a page, simulated twice: at Lighthouse's default 4× and calibrated to the host. */
interface Run {
  standard: Figures;
  /** The host's speed as Lighthouse measured it at this load (its BenchmarkIndex). */
  benchmarkIndex: number;
  /** The same load at the multiplier that emulates a mid-tier mobile on this host; null when none. */
  calibrated: (Figures & { multiplier: number }) | null;
}

function figuresOf(
  lhr: {
    runtimeError?: { message: string };
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  },
  url: string,
): Figures {
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  return {
    score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
    tbt: lhr.audits["total-blocking-time"]!.numericValue ?? Number.NaN,
    lcp: lhr.audits["largest-contentful-paint"]!.numericValue ?? Number.NaN,
  };
}

/**
 * Loads the page once (Lighthouse's gather mode, artifacts kept in a temporary folder) and
 * audits that one load twice (its audit mode): with the default settings, and with the CPU
 * slowdown calibrated to the BenchmarkIndex measured during the load
 * (lib/cpu-calibration.ts). Simulated throttling observes an unthrottled load and applies
 * the multiplier only when it simulates, so the second audit is what a run with that
 * multiplier would report, on the very same trace: the two figures differ by the
 * calibration alone, not by the load's noise.
 */
async function audit(url: string, cookie: string): Promise<Run> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "sentra-lighthouse-"));
  const flags = {
    output: "json" as const,
    logLevel: "error" as const,
    onlyCategories: ["performance"],
    // Only when there is one: the gathered settings are saved as JSON, which drops an
    // undefined key, and Lighthouse's audit mode then finds the settings changed.
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  };
  try {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
    try {
      await lighthouse(url, { ...flags, port: chrome.port, gatherMode: folder });
    } finally {
      chrome.kill();
    }
    const standard = figuresOf((await lighthouse(url, { ...flags, auditMode: folder }))!.lhr, url);
    const artifactsFile = path.join(folder, "artifacts.json");
    const artifacts = JSON.parse(await readFile(artifactsFile, "utf8")) as {
      BenchmarkIndex: number;
      settings: { throttling: Record<string, number> };
    };
    const benchmarkIndex = artifacts.BenchmarkIndex;
    const multiplier = midTierMobileMultiplier(benchmarkIndex);
    if (multiplier === null) return { standard, benchmarkIndex, calibrated: null };
    // Lighthouse refuses to audit with settings other than those it gathered with; under
    // simulated throttling the CPU multiplier plays no part in gathering, so the saved
    // settings are brought in line with the audit's.
    const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier: multiplier };
    artifacts.settings.throttling = throttling;
    await writeFile(artifactsFile, JSON.stringify(artifacts));
    const calibrated = figuresOf((await lighthouse(url, { ...flags, auditMode: folder, throttling }))!.lhr, url);
    return { standard, benchmarkIndex, calibrated: { ...calibrated, multiplier } };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summary = (runs: Figures[]): Figures => ({
  score: median(runs.map((r) => r.score)),
  tbt: median(runs.map((r) => r.tbt)),
  lcp: median(runs.map((r) => r.lcp)),
});

async function main() {
  const db = await openNationalBenchDatabase(log);
  let server: AppServer | null = null;
  try {
    // The build is not served under the lock here: Lighthouse runs for minutes.
    (await buildUnderLock(log))();
    server = await startAppServer(db.url, path.resolve(`.data/lighthouse-sql-${process.pid}.jsonl`));
    const manager = await signIn(server.baseUrl, "manajer@sentra.test", PASSWORD);
    const draft = await draftDiagnosis(db.url);
    const measureJs = firstLoadJs(async (script) => Buffer.from(await (await fetch(`${server!.baseUrl}${script}`)).arrayBuffer()));
    const pages: Array<{ name: string; path: string; cookie: string }> = [
      { name: "login", path: "/login", cookie: "" },
      { name: "cluster list", path: "/clusters", cookie: manager },
    ];
    if (draft)
      pages.push({
        name: "diagnosis form",
        path: `/diagnoses/${draft.id}/edit`,
        cookie: await signIn(server.baseUrl, draft.email, PASSWORD),
      });
    else log("No draft diagnosis in this database: the diagnosis form is left out");
    pages.push({ name: "dashboard", path: "/dashboard", cookie: manager });
    pages.push({ name: "app shell (floor)", path: "/account/security", cookie: manager });

    // LIGHTHOUSE_PAGES: a comma-separated subset of the names ("login,dashboard").
    const only = process.env.LIGHTHOUSE_PAGES?.split(",").map((n) => n.trim());
    const selected = only ? pages.filter((p) => only.includes(p.name)) : pages;
    // One unmeasured visit each, so the server has compiled and cached what the pages need.
    for (const page of selected)
      await fetch(`${server.baseUrl}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} }).then((r) => r.text());
    // Rounds over all pages (not all runs of one page, then the next), so a spell of load on
    // the shared machine weighs on every page alike and the ratio to the floor holds.
    const runs = new Map<string, Run[]>(selected.map((p) => [p.name, []]));
    for (let i = 0; i < RUNS; i++)
      for (const page of selected) {
        // NO_NAVSTART ("please run Lighthouse again") is Lighthouse failing to record the
        // trace, now and then on this machine: that load is made once more.
        for (let attempt = 1; attempt <= 2; attempt++)
          try {
            runs.get(page.name)!.push(await audit(`${server.baseUrl}${page.path}`, page.cookie));
            break;
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            log(`${page.name}: ${message}`);
            if (!message.includes("NO_NAVSTART")) break;
          }
      }
    const standardRows = [["page", "score", "TBT", "LCP", "first-load JS (gz)", "runs"]];
    const calibratedRows = [["page", "score", "TBT", "LCP", "BenchmarkIndex", "multiplier"]];
    const tbtOf = new Map<string, { standard: number; calibrated: number | null }>();
    for (const page of selected) {
      const done = runs.get(page.name)!;
      if (!done.length) continue;
      const html = await (await fetch(`${server.baseUrl}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} })).text();
      const js = (await measureJs(html)).kb;
      const f = summary(done.map((r) => r.standard));
      log(
        `${page.name}: score ${f.score}, TBT ${Math.round(f.tbt)} ms, LCP ${(f.lcp / 1000).toFixed(1)} s, first-load JS ${js.toFixed(1)} kB gz`,
      );
      standardRows.push([
        page.name,
        String(f.score),
        `${Math.round(f.tbt)} ms (${done.map((r) => Math.round(r.standard.tbt)).join(", ")})`,
        `${(f.lcp / 1000).toFixed(1)} s`,
        `${js.toFixed(1)} kB ${js <= FIRST_LOAD_JS_BUDGET_KB ? "PASS" : "MISS"}`,
        String(done.length),
      ]);
      const calibrated = done.flatMap((r) => (r.calibrated ? [r.calibrated] : []));
      const c = calibrated.length ? summary(calibrated) : null;
      calibratedRows.push([
        page.name,
        c ? String(c.score) : "—",
        c ? `${Math.round(c.tbt)} ms (${calibrated.map((r) => Math.round(r.tbt)).join(", ")})` : "—",
        c ? `${(c.lcp / 1000).toFixed(1)} s` : "—",
        `${Math.round(median(done.map((r) => r.benchmarkIndex)))} (${done.map((r) => Math.round(r.benchmarkIndex)).join(", ")})`,
        calibrated.length ? `${median(calibrated.map((r) => r.multiplier)).toFixed(1)}×` : "none (host too slow)",
      ]);
      tbtOf.set(page.name, { standard: f.tbt, calibrated: c?.tbt ?? null });
    }
    const dashboard = tbtOf.get("dashboard");
    const floor = tbtOf.get("app shell (floor)");
    if (dashboard) {
      const verdict = (tbt: number | null) => (tbt === null ? "—" : tbt < TARGET_TBT_MS ? "PASS" : "MISS");
      log(`dashboard TBT target < ${TARGET_TBT_MS} ms: ${verdict(dashboard.standard)} at 4×, ${verdict(dashboard.calibrated)} calibrated`);
      if (floor) log(`dashboard TBT / app-shell TBT (same run, 4×): ${(dashboard.standard / floor.standard).toFixed(2)}x`);
    }
    console.log(`\nLighthouse 12 mobile emulation (simulated throttling, its default 4× CPU slowdown), ${RUNS} run(s) per page, median:\n`);
    console.log(table(standardRows));
    console.log(
      "\nThe same loads, the CPU slowdown calibrated to this host for a mid-tier mobile (Lighthouse's docs/throttling.md; tests/bench/lib/cpu-calibration.ts):\n",
    );
    console.log(table(calibratedRows));
  } finally {
    await server?.stop();
    await db.stop();
  }
}

try {
  await main();
} catch (err) {
  console.error(`[lighthouse] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
