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
// Chromium: /usr/bin/chromium (CHROMIUM_PATH), with the flags docs/ENVIRONMENT-style
// machines need. LIGHTHOUSE_RUNS (default 1): runs per page, the median is reported;
// LIGHTHOUSE_PAGES: only these pages (comma-separated names: login, cluster list,
// diagnosis form, dashboard).
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/app-process";
import { signIn, startAppServer, type AppServer } from "./lib/app-server";
import { buildUnderLock } from "./lib/build-lock";
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

async function audit(url: string, cookie: string): Promise<Figures> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    const lhr = result!.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    return {
      score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
      tbt: lhr.audits["total-blocking-time"]!.numericValue ?? Number.NaN,
      lcp: lhr.audits["largest-contentful-paint"]!.numericValue ?? Number.NaN,
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
    const rows = [["page", "score", "TBT", "LCP", "first-load JS (gz)", "runs"]];
    // One unmeasured visit each, so the server has compiled and cached what the pages need.
    for (const page of selected)
      await fetch(`${server.baseUrl}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} }).then((r) => r.text());
    // Rounds over all pages (not all runs of one page, then the next), so a spell of load on
    // the shared machine weighs on every page alike and the ratio to the floor holds.
    const runs = new Map<string, Figures[]>(selected.map((p) => [p.name, []]));
    for (let i = 0; i < RUNS; i++)
      for (const page of selected) {
        try {
          runs.get(page.name)!.push(await audit(`${server.baseUrl}${page.path}`, page.cookie));
        } catch (err) {
          log(`${page.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    const tbtOf = new Map<string, number>();
    for (const page of selected) {
      const done = runs.get(page.name)!;
      if (!done.length) continue;
      const html = await (await fetch(`${server.baseUrl}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} })).text();
      const js = (await measureJs(html)).kb;
      const f = { score: median(done.map((r) => r.score)), tbt: median(done.map((r) => r.tbt)), lcp: median(done.map((r) => r.lcp)) };
      log(
        `${page.name}: score ${f.score}, TBT ${Math.round(f.tbt)} ms, LCP ${(f.lcp / 1000).toFixed(1)} s, first-load JS ${js.toFixed(1)} kB gz`,
      );
      rows.push([
        page.name,
        String(f.score),
        `${Math.round(f.tbt)} ms (${done.map((r) => Math.round(r.tbt)).join(", ")})`,
        `${(f.lcp / 1000).toFixed(1)} s`,
        `${js.toFixed(1)} kB ${js <= FIRST_LOAD_JS_BUDGET_KB ? "PASS" : "MISS"}`,
        String(done.length),
      ]);
      tbtOf.set(page.name, f.tbt);
    }
    const dashboardTbt = tbtOf.get("dashboard");
    const floorTbt = tbtOf.get("app shell (floor)");
    if (dashboardTbt !== undefined) {
      log(`dashboard TBT target < ${TARGET_TBT_MS} ms: ${dashboardTbt < TARGET_TBT_MS ? "PASS" : "MISS"}`);
      if (floorTbt) log(`dashboard TBT / app-shell TBT (same run): ${(dashboardTbt / floorTbt).toFixed(2)}x`);
    }
    console.log(`\nLighthouse 12 mobile emulation (simulated throttling), ${RUNS} run(s) per page, median:\n`);
    console.log(table(rows));
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
