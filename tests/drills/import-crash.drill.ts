/**
 * npm run test:drills:jobs (with the import-crash drill) — needs `next build` first.
 *
 * Kills the server with SIGKILL in the middle of a 100,000-row import and starts it
 * again. Passes when: no SME of the batch is ever visible while it is unfinished (the
 * count is always 0 or all 100,000); within 60 s of the restart the batch has left the
 * dead run (resumed as a new attempt, or FAILED with a message); and it ends DONE with
 * exactly 100,000 SMEs, or FAILED with none. Prints the recovery figures.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/lib/embedded-postgres";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, fail, log, signIn, sleep, smeCsv, startServer, uploadImport, withDrillDatabase } from "./lib";

const ROWS = Number(process.env.DRILL_ROWS ?? 100_000);

await withDrillDatabase("crash", async (url) => {
  const db = new pg.Client({ connectionString: url });
  db.on("error", () => {});
  await db.connect();
  const uploads = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-drill-uploads-"));
  const env = { DATABASE_URL: url, NEXTAUTH_SECRET: randomBytes(32).toString("base64"), UPLOAD_DIR: uploads };
  const port = await freePort();
  let server = await startServer("A", port, env);
  try {
    const cluster = (await db.query<{ id: string }>(`SELECT id FROM cluster WHERE status = 'ACTIVE' ORDER BY name LIMIT 1`)).rows[0]!;
    const cookie = await signIn(server.baseUrl, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
    const smesOfBatch = async () =>
      Number(
        (await db.query(`SELECT count(*) FROM sme WHERE "clusterId" = $1 AND "businessName" LIKE 'Usaha crash %'`, [cluster.id])).rows[0]
          .count,
      );
    const batchRow = async (id: string) =>
      (
        await db.query<{
          status: string;
          attempts: number;
          processedRows: number;
          totalRows: number;
          createdRows: number;
          errors: { file?: { code: string } } | null;
        }>(`SELECT status::text, attempts, "processedRows", "totalRows", "createdRows", errors FROM import_batch WHERE id = $1`, [id])
      ).rows[0]!;

    const bytes = smeCsv(ROWS, "crash");
    log(`uploading ${ROWS.toLocaleString("en")} rows (${(bytes.length / 1e6).toFixed(1)} MB)`);
    const batchId = await uploadImport(server.baseUrl, cookie, cluster.id, "ukm-crash.csv", bytes);

    // Wait until the rows are being written (inside the import's transaction), then kill.
    const until = Date.now() + 600_000;
    let row = await batchRow(batchId);
    while (!(row.status === "IMPORTING" && row.processedRows >= ROWS * 0.2)) {
      if (Date.now() > until || ["DONE", "FAILED", "REJECTED"].includes(row.status))
        fail(`import never reached the writing phase: ${JSON.stringify(row)}`);
      await sleep(50);
      row = await batchRow(batchId);
    }
    log(
      `batch ${row.status}, ${row.processedRows.toLocaleString("en")} of ${row.totalRows.toLocaleString("en")} rows written (uncommitted): kill -9 ${server.pid}`,
    );
    await server.kill9();
    const killedAt = Date.now();
    await sleep(500);
    const afterKill = await smesOfBatch();
    if (afterKill !== 0) fail(`${afterKill} SMEs of the unfinished batch are visible after the kill`);
    log(`after the kill: batch still says ${(await batchRow(batchId)).status}; SMEs of the batch visible: 0 (rolled back)`);

    server = await startServer("A (restarted)", port, env);
    const restartedAt = Date.now();
    let recoveredAt: number | undefined;
    let final: Awaited<ReturnType<typeof batchRow>> | undefined;
    const deadline = restartedAt + 240_000;
    while (Date.now() < deadline) {
      const [b, count] = [await batchRow(batchId), await smesOfBatch()];
      if (count !== 0 && count !== ROWS) fail(`half an import is visible: ${count} SMEs while the batch is ${b.status}`);
      if (recoveredAt === undefined && (b.attempts >= 2 || b.status === "FAILED" || b.status === "DONE")) {
        recoveredAt = Date.now();
        log(
          `recovered ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the restart (${((recoveredAt - killedAt) / 1000).toFixed(1)} s after the kill): ${b.status}, attempt ${b.attempts}, ${b.errors?.file?.code ?? ""}`,
        );
      }
      if (b.status === "DONE" || b.status === "FAILED" || b.status === "REJECTED") {
        final = b;
        break;
      }
      if (recoveredAt === undefined && Date.now() - restartedAt > 60_000)
        fail(`the batch still shows the dead run 60 s after the restart: ${JSON.stringify(b)}`);
      await sleep(250);
    }
    if (!final) fail("the batch did not finish within 240 s of the restart");
    const count = await smesOfBatch();
    if (final.status === "DONE" && !(count === ROWS && final.createdRows === ROWS))
      fail(`DONE but ${count} SMEs / ${final.createdRows} created`);
    if (final.status === "FAILED" && count !== 0) fail(`FAILED but ${count} SMEs were written`);
    if (final.status === "REJECTED") fail(`the resumed import was rejected: ${JSON.stringify(final.errors).slice(0, 300)}`);
    const audits = Number(
      (await db.query(`SELECT count(*) FROM audit_log WHERE action = 'import.interrupted' AND "entityId" = $1`, [batchId])).rows[0].count,
    );
    log(
      `final: ${final.status} after ${((Date.now() - restartedAt) / 1000).toFixed(1)} s from restart; attempts ${final.attempts}; SMEs ${count.toLocaleString("en")}; import.interrupted audit rows ${audits}`,
    );
    console.log(
      `PASS: killed mid-import, recovered in ${((recoveredAt! - restartedAt) / 1000).toFixed(1)} s after restart, ended ${final.status} with ${count.toLocaleString("en")} rows (never partial)`,
    );
  } finally {
    await server.stop();
    await db.end();
    await fs.rm(uploads, { recursive: true, force: true });
  }
});
