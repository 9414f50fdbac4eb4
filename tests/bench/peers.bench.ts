// Peer-comparison benchmark (issue #13): npm run bench:peers
// On the national data set with its ~60,000 approved diagnoses (the benchmarks'
// database, tests/bench/lib/national-database.ts: .data/bench-pg,
// generated on first use; or DATABASE_URL as it is), the statement behind
// lib/diagnosis/peers.ts for 100 approved diagnoses, as staff (every cluster) and as
// a consultant (assigned clusters only): p50/p95 at one user through Prisma (the
// app's path: PrismaPg over a pool), beside its SQL floor (the same statements
// replayed over one pg connection). Prints figures; never fails on a target.
import "dotenv/config";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { peerSql, type PeerSubject } from "../../lib/diagnosis/peers-sql";
import { openNationalBenchDatabase } from "./lib/national-database";
import { ms, percentile } from "./lib/stats";

const SUBJECTS = 100;

const database = await openNationalBenchDatabase((line) => console.log(`[bench] ${line}`));
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows: subjects } = await client.query<PeerSubject>(
    `SELECT d.id AS "diagnosisId", d."clusterId", c.commodity, c."provinceCode", d."resultStage"::text AS stage,
            d."instrumentCode", d."instrumentVersion"
       FROM diagnosis d JOIN cluster c ON c.id = d."clusterId"
      WHERE d.status = 'APPROVED' AND d.role = 'PRIMARY' ORDER BY md5(d.id) LIMIT ${SUBJECTS}`,
  );
  const { rows: consultants } = await client.query<{ id: string }>(
    `SELECT "consultantId" AS id FROM consultant_assignment GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const { rows: size } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM diagnosis WHERE status = 'APPROVED'`);
  console.log(`approved diagnoses: ${size[0]!.n}; subjects: ${subjects.length}; load average ${loadavg()[0]!.toFixed(2)}`);
  const viewers = [
    { label: "staff (all clusters)", viewer: { id: "bench", role: "STAFF" as const } },
    ...(consultants[0] ? [{ label: "consultant (assigned)", viewer: { id: consultants[0].id, role: "CONSULTANT" as const } }] : []),
  ];
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  for (const { label, viewer } of viewers) {
    const statements = subjects.map((s) => peerSql(viewer, s));
    // Warm-up: plans and caches, both paths.
    for (const st of statements.slice(0, 10)) {
      await client.query(st.sql, st.values);
      await prisma.$queryRawUnsafe(st.sql, ...st.values);
    }
    const app: number[] = [];
    const floor: number[] = [];
    for (const st of statements) {
      let t = performance.now();
      await prisma.$queryRawUnsafe(st.sql, ...st.values);
      app.push(performance.now() - t);
      t = performance.now();
      await client.query(st.sql, st.values);
      floor.push(performance.now() - t);
    }
    console.log(
      `${label}: one user p50 ${ms(percentile(app, 50))}, p95 ${ms(percentile(app, 95))} | SQL floor p50 ${ms(percentile(floor, 50))}, p95 ${ms(percentile(floor, 95))}`,
    );
  }
  const plan = await client.query(
    `EXPLAIN (ANALYZE, BUFFERS) ${peerSql(viewers[0]!.viewer, subjects[0]!).sql}`,
    peerSql(viewers[0]!.viewer, subjects[0]!).values,
  );
  if (process.argv.includes("--plan")) console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  await prisma.$disconnect();
  await pool.end();
  await client.end();
} finally {
  await database.stop();
}
