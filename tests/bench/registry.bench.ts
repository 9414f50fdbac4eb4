// Registry benchmark at national scale: npm run bench:registry (tsx tests/bench/registry.bench.ts)
//
// Starts what it needs: the benchmark database with the national data set (see
// lib/national-database.ts: its own embedded server under .data/bench-pg, generated on
// first use; or DATABASE_URL as it is), a production build (`next build` under
// /tmp/sentra-build.lock, which stays held until the server is stopped, because the
// build in .next is shared with the other engineers), and the server
// (scripts/run.ts start, 127.0.0.1, LOG_LEVEL=warn). Signs in as staf@sentra.test,
// then for each page measures p50/p95 of the response time under bounded autocannon
// load, at 1 connection and at 10, in several rounds, beside the database floor: the
// exact SQL one request of the page sent, replayed over one pg connection.
//
// Environment: BENCH_SECONDS (per load run, default 8), BENCH_ROUNDS (default 3),
// BENCH_SKIP_BUILD=1 (reuse the last build), BENCH_PAGES=holdsBack,agenda (only the pages
// whose path contains one of these), BENCH_EXPLAIN=1 (print EXPLAIN ANALYZE of
// every captured statement). Exits non-zero only when something fails, not on a MISS.
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { startAppServer, signIn, type AppServer } from "./lib/app-server";
import { openNationalBenchDatabase } from "./lib/national-database";
import { buildUnderLock } from "./lib/build-lock";
import { captureStatements, explain, isRead, replay, type Statement } from "./lib/floor";
import { load, type LoadResult } from "./lib/load";
import { ms, range, table, type Summary } from "./lib/stats";
import type { DevDatabase } from "../../scripts/lib/dev-database";
import { createCleanups, runBench } from "./lib/run";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// BENCH_PAGES=holdsBack,agenda: only the pages whose path contains one of these.
const ONLY = (process.env.BENCH_PAGES ?? "").split(",").filter(Boolean);
const TARGET_P95_MS = 150;
const CONNECTIONS = [1, 10] as const;
const STAFF = { email: "staf@sentra.test", password: "sentra-demo-2026" };
const SME_TERM = "siregar";

const log = (line: string) => console.log(`[bench] ${line}`);
const { cleanups, cleanUp } = createCleanups();

interface Page {
  name: string;
  path: string;
  statements: Statement[];
  floor?: Summary;
  runs: Record<(typeof CONNECTIONS)[number], LoadResult[]>;
}

async function pickTargets(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const largest = await client.query<{ id: string; name: string; smes: string }>(
      `SELECT c.id, c.name, s.n::text AS smes
       FROM (SELECT "clusterId", count(*) AS n FROM sme WHERE status = 'ACTIVE' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1) s
       JOIN cluster c ON c.id = s."clusterId"`,
    );
    const counts = await client.query<{ clusters: string; smes: string; province: string; batik: string; term: string }>(
      `SELECT (SELECT count(*) FROM cluster)::text AS clusters, (SELECT count(*) FROM sme)::text AS smes,
              (SELECT count(*) FROM cluster WHERE "provinceCode" = '33' AND status = 'ACTIVE')::text AS province,
              (SELECT count(*) FROM cluster WHERE "searchText" LIKE '%batik%' AND status = 'ACTIVE')::text AS batik,
              (SELECT count(*) FROM sme WHERE "searchText" LIKE $1)::text AS term`,
      [`%${SME_TERM}%`],
    );
    // The dashboard's most frequent "holds back" indicator: its drill-down list
    // (/clusters?holdsBack=…) filters by the ids of every centre it holds back.
    const heldBack = await client.query<{ code: string; n: string }>(
      `SELECT "indicatorCode" AS code, count(*)::text AS n FROM diagnosis_score WHERE "holdsBack"
       GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    return { largest: largest.rows[0]!, counts: counts.rows[0]!, heldBack: heldBack.rows[0] };
  } finally {
    await client.end();
  }
}

async function get(server: AppServer, cookie: string, pathname: string): Promise<number> {
  const res = await fetch(`${server.baseUrl}${pathname}`, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  return res.status;
}

function verdict(p95s: number[]): string {
  const sorted = [...p95s].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  if (sorted.at(-1)! < TARGET_P95_MS) return "PASS";
  if (median < TARGET_P95_MS) return `PASS (median; worst ${ms(sorted.at(-1)!)})`;
  return "MISS";
}

async function main() {
  const started = performance.now();
  log(
    `Load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} (2 cores, shared: expect noise)`,
  );
  const db: DevDatabase = await openNationalBenchDatabase(log);
  cleanups.push(() => db.stop());
  const { largest, counts, heldBack } = await pickTargets(db.url);
  log(
    `Data: ${Number(counts.clusters).toLocaleString("en")} clusters, ${Number(counts.smes).toLocaleString("en")} SMEs; ` +
      `province 33: ${counts.province} active clusters; "batik": ${counts.batik}; "${SME_TERM}": ${Number(counts.term).toLocaleString("en")} SMEs; ` +
      `largest cluster ${largest.id} (${largest.smes} active SMEs)`,
  );

  cleanups.push(await buildUnderLock(log));
  const captureFile = path.resolve(`.data/bench-sql-${process.pid}.jsonl`);
  const server = await startAppServer(db.url, captureFile);
  cleanups.push(() => server.stop());
  const cookie = await signIn(server.baseUrl, STAFF.email, STAFF.password);
  log(`Serving the production build at ${server.baseUrl}, signed in as ${STAFF.email}`);

  const candidates = [
    { name: "clusters ?province=33&sort=name", path: "/clusters?province=33&sort=name" },
    { name: "clusters ?q=batik", path: "/clusters?q=batik" },
    { name: `smes ?q=${SME_TERM}`, path: `/smes?q=${SME_TERM}` },
    { name: `cluster page (largest, ${largest.smes} SMEs)`, path: `/clusters/${largest.id}` },
    // The year-two agenda list (docs/monitoring.md) with its summary below: the national
    // list's first page, and filtered by a province and a status.
    { name: "agenda", path: "/agenda" },
    { name: "agenda ?province=33&status=DONE", path: "/agenda?province=33&status=DONE" },
    ...(heldBack
      ? [{ name: `clusters ?holdsBack=${heldBack.code} (${heldBack.n} scores)`, path: `/clusters?holdsBack=${heldBack.code}` }]
      : []),
  ].filter((c) => !ONLY.length || ONLY.some((part) => c.path.includes(part)));
  const pages: Page[] = [];
  for (const c of candidates) {
    const status = await get(server, cookie, c.path);
    if (status === 404 && c.path.startsWith("/smes")) {
      log(`Skipping ${c.path}: the SME list page is not there yet (404)`);
      continue;
    }
    if (status !== 200) throw new Error(`${c.path} answered ${status}, not 200`);
    pages.push({ ...c, statements: [], runs: { 1: [], 10: [] } });
  }

  // Warm up (JIT, Next's caches, PostgreSQL's buffers), then capture one request's SQL.
  for (const p of pages) for (let i = 0; i < 20; i++) await get(server, cookie, p.path);
  for (const p of pages) {
    p.statements = await captureStatements(captureFile, async () => void (await get(server, cookie, p.path)));
    if (!p.statements.length) throw new Error(`No SQL captured for ${p.path}: is the capture hook loaded?`);
    p.floor = await replay(db.url, p.statements, 3);
    if (process.env.BENCH_EXPLAIN === "1") console.log(`\n=== ${p.path}\n${(await explain(db.url, p.statements)).join("\n\n")}\n`);
  }

  for (let round = 1; round <= ROUNDS; round++) {
    for (const p of pages) {
      for (const connections of CONNECTIONS) {
        const r = await load(`${server.baseUrl}${p.path}`, cookie, { connections, seconds: SECONDS });
        if (r.failures) throw new Error(`${p.path}: ${r.failures} failed responses at ${connections} connections`);
        p.runs[connections].push(r);
        log(
          `round ${round}/${ROUNDS} ${p.name} c=${connections}: p50 ${ms(r.p50)} p95 ${ms(r.p95)} (${r.count} requests, ${r.rps.toFixed(0)}/s)`,
        );
      }
    }
  }
  await cleanUp();

  const target = `p95<${TARGET_P95_MS}`;
  const rows = [
    ["page", "SQL", "floor p50/p95", "c=1 p50", "c=1 p95", "×floor", target, "c=10 p50", "c=10 p95", "req/s", "×floor", target],
  ];
  for (const p of pages) {
    const floor = p.floor!;
    const ratio = (runs: LoadResult[]) =>
      range(
        runs.map((r) => r.p95 / floor.p95),
        (v) => `${v.toFixed(1)}×`,
      );
    const columns = (runs: LoadResult[], withRate: boolean) => [
      range(runs.map((r) => r.p50)),
      range(runs.map((r) => r.p95)),
      ...(withRate
        ? [
            range(
              runs.map((r) => r.rps),
              (v) => v.toFixed(0),
            ),
          ]
        : []),
      ratio(runs),
      verdict(runs.map((r) => r.p95)),
    ];
    rows.push([
      p.name,
      String(p.statements.filter(isRead).length),
      `${ms(floor.p50)} / ${ms(floor.p95)}`,
      ...columns(p.runs[1], false),
      ...columns(p.runs[10], true),
    ]);
  }
  console.log(
    `\nRegistry at national scale: ${ROUNDS} rounds × ${SECONDS} s per page and concurrency; ranges are over rounds.\n` +
      `"SQL" = statements one request sends; "floor" = those statements replayed back to back over one pg connection;\n` +
      `"×floor" = page p95 / floor p95; PASS/MISS: p95 of every round under ${TARGET_P95_MS} ms (or of the median round). Load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}. Total ${((performance.now() - started) / 1000).toFixed(0)} s.\n`,
  );
  console.log(table(rows));
}

await runBench(main, cleanUp);
