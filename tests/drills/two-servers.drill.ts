/**
 * npm run test:drills:jobs (with the two-server drill) — needs `next build` first.
 *
 * Two app servers (the built app started twice, as two machines behind a load balancer
 * would run it) on one database and one S3-compatible store (s3rver, in this process).
 * Passes when: a session made on A works on B; failed sign-ins counted on A and B lock
 * the account on both; an evidence file uploaded on A downloads byte for byte from B;
 * imports queued through A are run by the free workers of both servers; the dashboard on
 * B shows a change written through A within its documented delay (data version read from
 * PostgreSQL, published within about ten seconds).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import S3rver from "s3rver";
import { freePort } from "../../scripts/lib/embedded-postgres";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  fail,
  log,
  signIn,
  sleep,
  smeCsv,
  startServer,
  uploadImport,
  withDrillDatabase,
  type DrillServer,
} from "./lib";

const PDF = new TextEncoder().encode(`%PDF-1.4\n% drill ${randomBytes(8).toString("hex")}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

await withDrillDatabase("servers", async (url) => {
  const s3Dir = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-drill-s3-"));
  const s3 = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: "sentra-drill", configs: [] }],
  });
  const address: AddressInfo = await s3.run();
  const db = new pg.Client({ connectionString: url });
  db.on("error", () => {});
  await db.connect();
  const env = {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    STORAGE_DRIVER: "s3",
    S3_BUCKET: "sentra-drill",
    S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
    S3_FORCE_PATH_STYLE: "true",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    // Each server's own local folder, which must NOT be where shared files live.
    UPLOAD_DIR: path.join(s3Dir, "not-shared"),
  };
  const servers: DrillServer[] = [];
  try {
    const a = await startServer("A", await freePort(), env);
    servers.push(a);
    // In DRILL_MODE=dev, B compiles into its own folder (two dev servers cannot share one).
    const b = await startServer("B", await freePort(), {
      ...env,
      SENTRA_DIST_DIR: process.env.DRILL_MODE === "dev" ? ".next-drill-b" : "",
    });
    servers.push(b);

    // 1. A session made on A is valid on B.
    const cookie = await signIn(a.baseUrl, DEMO_ACCOUNTS.staff.email, DEMO_PASSWORD);
    const page = await fetch(`${b.baseUrl}/imports`, { headers: { cookie }, redirect: "manual" });
    if (page.status !== 200) fail(`the session from A is not accepted by B (HTTP ${page.status})`);
    log("session: signed in on A, /imports on B answers 200");

    // 2. Lock-out counted across servers.
    const victim = DEMO_ACCOUNTS.consultant2.email;
    for (let i = 0; i < 10; i++) {
      const target = i % 2 ? b : a;
      await signIn(target.baseUrl, victim, "wrong-password").then(
        () => fail("a wrong password signed in"),
        () => {},
      );
    }
    const locked = await signIn(b.baseUrl, victim, DEMO_PASSWORD).then(
      () => false,
      () => true,
    );
    if (!locked) fail("10 failures spread over A and B did not lock the account on B");
    log("lock-out: 10 failed sign-ins alternating A/B lock the account on B too");

    // 3. Evidence uploaded on A downloads from B.
    const draft = (
      await db.query<{ id: string; indicator: string }>(
        `SELECT d.id, (SELECT jsonb_object_keys(d.answers) LIMIT 1) AS indicator FROM diagnosis d JOIN "user" u ON u.id = d."assessorId"
       WHERE d.status = 'DRAFT' AND u.email = $1 LIMIT 1`,
        [DEMO_ACCOUNTS.staff.email],
      )
    ).rows[0];
    if (!draft?.indicator) fail("the demo data has no draft diagnosis of the staff user");
    const form = new FormData();
    form.set("diagnosisId", draft.id);
    form.set("indicatorCode", draft.indicator);
    form.set("file", new Blob([Buffer.from(PDF)], { type: "application/pdf" }), "bukti.pdf");
    const up = await fetch(`${a.baseUrl}/api/evidence`, { method: "POST", body: form, headers: { cookie, origin: a.baseUrl } });
    if (up.status !== 201) fail(`evidence upload on A answered ${up.status}: ${(await up.text()).slice(0, 200)}`);
    const { id: fileId } = (await up.json()) as { id: string };
    const down = await fetch(`${b.baseUrl}/api/evidence/${fileId}`, { headers: { cookie } });
    const got = new Uint8Array(await down.arrayBuffer());
    if (down.status !== 200 || !Buffer.from(got).equals(Buffer.from(PDF)))
      fail(`evidence from A is not downloadable from B (HTTP ${down.status}, ${got.length} bytes)`);
    log("storage: evidence uploaded on A downloads byte for byte from B (S3-compatible store)");

    // 4. Jobs queued through A are run by whichever server is free.
    const cluster = (await db.query<{ id: string }>(`SELECT id FROM cluster WHERE status = 'ACTIVE' ORDER BY name LIMIT 1 OFFSET 1`))
      .rows[0]!;
    const countBefore = Number((await db.query(`SELECT count(*) FROM sme WHERE "clusterId" = $1`, [cluster.id])).rows[0].count);
    const batches: string[] = [];
    for (let i = 0; i < 6; i++) batches.push(await uploadImport(a.baseUrl, cookie, cluster.id, `ukm-${i}.csv`, smeCsv(3_000, `srv${i}`)));
    const until = Date.now() + 240_000;
    for (;;) {
      const { rows } = await db.query<{ status: string }>(`SELECT status::text FROM import_batch WHERE id = ANY($1)`, [batches]);
      if (rows.every((r) => r.status === "DONE")) break;
      if (rows.some((r) => r.status === "FAILED" || r.status === "REJECTED")) fail(`an import did not succeed: ${JSON.stringify(rows)}`);
      if (Date.now() > until) fail(`imports not done in 240 s: ${JSON.stringify(rows)}`);
      await sleep(300);
    }
    const ranOn = (s: DrillServer) => batches.filter((id) => s.lines.some((l) => l.includes('"import done"') && l.includes(id))).length;
    const [onA, onB] = [ranOn(a), ranOn(b)];
    log(`jobs: 6 imports queued through A: ${onA} run by A, ${onB} by B`);
    if (onA + onB !== 6) fail(`expected 6 "import done" log lines across the servers, found ${onA + onB}`);
    if (onB === 0) fail("server B ran none of the jobs queued through A");

    // 5. The dashboard on B reflects a change written through A.
    const countAfter = Number((await db.query(`SELECT count(*) FROM sme WHERE "clusterId" = $1`, [cluster.id])).rows[0].count);
    if (countAfter !== countBefore + 18_000) fail(`expected ${countBefore + 18_000} SMEs, found ${countAfter}`);
    const managerCookie = await signIn(b.baseUrl, DEMO_ACCOUNTS.manager.email, DEMO_PASSWORD);
    const stagesOnB = async () =>
      (await fetch(`${b.baseUrl}/api/dashboard/stages?format=json`, { headers: { cookie: managerCookie } })).text();
    // The imports above just committed: wait until B's numbers settle (PostgreSQL publishes
    // its counters within about ten seconds and a summary refresh may follow), then write.
    let before = await stagesOnB();
    for (let settled = 0, tries = 0; settled < 2; tries++) {
      if (tries > 30) fail("the dashboard numbers on B never settle");
      await sleep(3_000);
      const again = await stagesOnB();
      settled = again === before ? settled + 1 : 0;
      before = again;
    }
    const centre = new TextEncoder().encode(
      `Nama Sentra,Komoditas,Provinsi,Jumlah Tenaga Kerja\r\nSentra Uji Dua Server ${randomBytes(3).toString("hex")},Batik,Jawa Tengah,25\r\n`,
    );
    const centreBatch = await uploadImport(a.baseUrl, cookie, null, "sentra.csv", centre);
    for (;;) {
      const status = (await db.query<{ status: string }>(`SELECT status::text FROM import_batch WHERE id = $1`, [centreBatch])).rows[0]!
        .status;
      if (status === "DONE") break;
      if (status === "FAILED" || status === "REJECTED" || Date.now() > until) fail(`the centre import ended ${status}`);
      await sleep(200);
    }
    const started = Date.now();
    let after = before;
    while (after === before && Date.now() - started < 20_000) {
      await sleep(500);
      after = await stagesOnB();
    }
    if (after === before) fail("the dashboard on B did not show the new centre within 20 s");
    log(
      `dashboard: B's stage counts (cached before the write) show the centre added through A ${((Date.now() - started) / 1000).toFixed(1)} s after its import finished`,
    );
    console.log("PASS: sessions, lock-outs, storage, jobs and the dashboard work across two servers");
  } finally {
    for (const s of servers) await s.stop();
    await db.end();
    await s3.close();
    await fs.rm(s3Dir, { recursive: true, force: true });
    // B's dev build folder would otherwise be type-checked and linted as project files.
    await fs.rm(".next-drill-b", { recursive: true, force: true });
  }
});
