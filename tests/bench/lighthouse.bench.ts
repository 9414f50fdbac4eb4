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
//
// Chromium: /usr/bin/chromium (CHROMIUM_PATH), with the flags docs/ENVIRONMENT-style
// machines need. LIGHTHOUSE_RUNS (default 1): runs per page, the median is reported;
// LIGHTHOUSE_PAGES: only these pages (comma-separated names: login, cluster list,
// diagnosis form, dashboard).
import { gzipSync } from "node:zlib";
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

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
const TARGET_TBT_MS = 600;
const TARGET_JS_KB = 180;
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

async function firstLoadJsKb(server: AppServer, cookie: string, pathname: string): Promise<number> {
  const res = await fetch(`${server.baseUrl}${pathname}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await res.text();
  const urls = new Set<string>();
  // Script tags and preloads, except `noModule` ones (polyfills only old browsers load).
  for (const tag of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (/\bnomodule\b/i.test(tag[0])) continue;
    const m = /(?:src|href)="(\/_next\/static\/[^"]+?\.js)"/.exec(tag[0]);
    if (m) urls.add(m[1]!);
  }
  let gz = 0;
  for (const url of urls) gz += gzipSync(Buffer.from(await (await fetch(`${server.baseUrl}${url}`)).arrayBuffer())).length;
  return gz / 1024;
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

    // LIGHTHOUSE_PAGES: a comma-separated subset of the names ("login,dashboard").
    const only = process.env.LIGHTHOUSE_PAGES?.split(",").map((n) => n.trim());
    const selected = only ? pages.filter((p) => only.includes(p.name)) : pages;
    const rows = [["page", "score", "TBT", "LCP", "first-load JS (gz)", "runs"]];
    for (const page of selected) {
      // One unmeasured visit, so the server has compiled and cached what the page needs.
      await fetch(`${server.baseUrl}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} }).then((r) => r.text());
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) {
        try {
          runs.push(await audit(`${server.baseUrl}${page.path}`, page.cookie));
        } catch (err) {
          log(`${page.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (!runs.length) continue;
      const js = await firstLoadJsKb(server, page.cookie, page.path);
      const f = { score: median(runs.map((r) => r.score)), tbt: median(runs.map((r) => r.tbt)), lcp: median(runs.map((r) => r.lcp)) };
      log(
        `${page.name}: score ${f.score}, TBT ${Math.round(f.tbt)} ms, LCP ${(f.lcp / 1000).toFixed(1)} s, first-load JS ${js.toFixed(1)} kB gz`,
      );
      rows.push([
        page.name,
        String(f.score),
        `${Math.round(f.tbt)} ms (${runs.map((r) => Math.round(r.tbt)).join(", ")})`,
        `${(f.lcp / 1000).toFixed(1)} s`,
        `${js.toFixed(1)} kB ${js <= TARGET_JS_KB ? "PASS" : "MISS"}`,
        String(RUNS),
      ]);
      if (page.name === "dashboard") log(`dashboard TBT target < ${TARGET_TBT_MS} ms: ${f.tbt < TARGET_TBT_MS ? "PASS" : "MISS"}`);
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
