// Bulk import benchmark: npx tsx tests/bench/import.bench.ts [rows] [csv|xlsx]
// Generates a 100,000-row SME CSV (Indonesian headers, Rupiah as "Rp 1.250.000") in a
// temp folder, imports it the way the upload does, through the job queue (startImport
// stores the file and queues the job; a pg-boss worker in this process runs it) into a
// throw-away database, then imports it again (every row then updates). Timed from the
// upload's start to the batch's DONE, so the queue's pick-up latency is included. Prints rows/s and seconds beside the 60 s target (PASS/MISS). Exits
// non-zero only when an import does not end as expected, not when a target is missed.
import fs from "node:fs/promises";
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { loadAreas } from "../../prisma/areas";
import { applyMigrations } from "../../scripts/lib/migrate";
import { ensureDatabase, withThrowawayServer } from "../../scripts/lib/throwaway-db";
import { SME_HEADINGS_ID } from "../support/headings";

// The domain modules are marked `server-only`, which throws outside Next.js's server
// bundle; here it is an empty module, as in the vitest configuration.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(s, c); }`,
  )}`,
);

const ROWS = Number(process.argv[2] ?? 100_000);
const FORMAT = process.argv[3] === "xlsx" ? "xlsx" : "csv";
const TARGET_S = 60;
const HEADER = SME_HEADINGS_ID;
const FIRST = ["Siti", "Budi", "Sri", "Agus", "Dewi", "Eko", "Wulan", "Hendra", "Rina", "Joko", "Ayu", "Bambang"];
const LAST = ["Rahayu", "Santoso", "Lestari", "Wibowo", "Susanti", "Gunawan", "Pratama", "Hidayat", "Kusuma", "Saputra"];
const PRODUCTS = ["Batik tulis", "Batik cap", "Mebel ukir", "Tas kulit", "Keripik tempe", "Gerabah", "Tenun ikat", "Kopi sangrai"];
const FORMS = ["", "UD", "CV", "PT", "Koperasi"];

function rupiah(n: number): string {
  return `Rp ${n.toLocaleString("id-ID")}`;
}

/** Deterministic rows: 70% with a NIB, names unique, figures as staff type them. */
function cellsOf(i: number): string[] {
  const owner = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  const cells = [
    `Usaha ${PRODUCTS[i % PRODUCTS.length]!.split(" ")[0]} ${i + 1}`,
    owner,
    i % 2 ? "L" : "P",
    i % 10 < 7 ? String(1_000_000_000_000 + i) : "",
    FORMS[i % FORMS.length]!,
    String(1980 + (i % 45)),
    String(1 + (i % 40)),
    rupiah(50_000_000 + ((i * 7919) % 2_000_000) * 1000),
    i % 3 ? rupiah(10_000_000 + (i % 500) * 100_000) : "",
    PRODUCTS[i % PRODUCTS.length]!,
    i % 5 === 0 ? "PT Mitra Ekspor" : "",
    `0812${String(10_000_000 + i).slice(-8)}`,
  ];
  return cells;
}

function line(i: number): string {
  return cellsOf(i)
    .map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c))
    .join(",");
}

async function writeXlsx(file: string) {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet("UKM");
  ws.addRow(HEADER).commit();
  for (let i = 0; i < ROWS; i++) ws.addRow(cellsOf(i)).commit();
  ws.commit();
  await wb.commit();
}

async function main() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-import-bench-"));
  const file = path.join(dir, `ukm.${FORMAT}`);
  if (FORMAT === "xlsx") await writeXlsx(file);
  else {
    const lines = [HEADER.join(",")];
    for (let i = 0; i < ROWS; i++) lines.push(line(i));
    await fs.writeFile(file, `${lines.join("\r\n")}\r\n`);
  }
  const bytes = new Uint8Array(await fs.readFile(file));
  console.log(`Generated ${ROWS.toLocaleString("en")} SME rows as ${FORMAT.toUpperCase()}, ${(bytes.length / 1e6).toFixed(1)} MB: ${file}`);

  let failed = false;
  await withThrowawayServer(async (server) => {
    const database = `sentra_bench_import_${process.pid}`;
    await ensureDatabase(server.adminUrl, database);
    const url = server.urlFor(database);
    await applyMigrations(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await loadAreas(client);
    await client.end();
    process.env.DATABASE_URL = url;
    process.env.LOG_LEVEL ??= "warn";
    process.env.UPLOAD_DIR = path.join(dir, "uploads");

    const { prisma, getPool } = await import("../../lib/db");
    const { startImport } = await import("../../lib/imports/start-import");
    const { handleImportJobs } = await import("../../lib/imports/jobs");
    const { getBoss, stopBoss, QUEUES } = await import("../../lib/jobs/boss");
    const { makeCluster, makeUser } = await import("../../prisma/factories");
    const boss = await getBoss({ worker: true });
    await boss.work(QUEUES.import.name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handleImportJobs);
    const importFile = async (args: Parameters<typeof startImport>[0]) => {
      const { batchId } = await startImport(args);
      for (;;) {
        const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
        if (["DONE", "REJECTED", "FAILED"].includes(batch.status)) return batch;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      const user = await makeUser(prisma, { role: "STAFF", email: "bench@sentra.test" });
      const actor = { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, bdsProviderId: null };
      const cluster = await makeCluster(prisma, { name: "Sentra Benchmark", provinceCode: "33" });
      const input = { kind: "smes", clusterId: cluster.id, validOnly: "" };

      const results: Array<{ label: string; seconds: number; ok: boolean }> = [];
      for (const label of ["first import (all rows created)", "same file again (all rows updated)"]) {
        const started = performance.now();
        const batch = await importFile({ actor, input, file: { name: `ukm.${FORMAT}`, bytes }, locale: "id" });
        const seconds = (performance.now() - started) / 1000;
        const expected = label.startsWith("first") ? { createdRows: ROWS, updatedRows: 0 } : { createdRows: 0, updatedRows: ROWS };
        const ok = batch.status === "DONE" && batch.createdRows === expected.createdRows && batch.updatedRows === expected.updatedRows;
        if (!ok) {
          failed = true;
          console.error(`Unexpected outcome for ${label}:`, {
            status: batch.status,
            created: batch.createdRows,
            updated: batch.updatedRows,
            rejected: batch.rejectedRows,
            errors: JSON.stringify(batch.errors).slice(0, 500),
          });
        }
        results.push({ label, seconds, ok });
      }
      const smes = await prisma.sme.count({ where: { clusterId: cluster.id } });
      const audits = await prisma.auditLog.count({ where: { action: { startsWith: "sme.import" } } });

      console.log("");
      console.log(
        `Import of ${ROWS.toLocaleString("en")} SME rows through the job queue (${FORMAT.toUpperCase()}, streaming parse, shared zod schema, bulk SQL, per-record audit) — ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}`,
      );
      for (const r of results) {
        const verdict = r.seconds <= TARGET_S ? "PASS" : "MISS";
        console.log(
          `  ${r.label.padEnd(38)} ${r.seconds.toFixed(1).padStart(6)} s  ${Math.round(ROWS / r.seconds)
            .toLocaleString("en")
            .padStart(7)} rows/s   target ≤ ${TARGET_S} s  ${verdict}`,
        );
      }
      console.log(
        `  SMEs in the cluster afterwards: ${smes.toLocaleString("en")} (no duplicates: ${smes === ROWS ? "yes" : "NO"}); per-record audit rows: ${audits.toLocaleString("en")}`,
      );
      if (smes !== ROWS) failed = true;
    } finally {
      await stopBoss();
      await prisma.$disconnect();
      await getPool().end();
    }
  });
  await fs.rm(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

await main();
