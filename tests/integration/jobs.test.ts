import { mkdtemp, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUpEvidence } from "@/lib/diagnosis/evidence-cleanup";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { uploadEvidence } from "@/lib/diagnosis/upload-evidence";
import { handleImportJobs, MAX_IMPORT_ATTEMPTS, recoverInterruptedImports } from "@/lib/imports/jobs";
import { startImport } from "@/lib/imports/start-import";
import { getBoss, QUEUES, startJobQueue, stopBoss } from "@/lib/jobs/boss";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { world } from "./diagnosis-helpers";

const dir = await mkdtemp(path.join(tmpdir(), "sentra-jobs-"));
const storage = localDiskStorage(dir);
afterAll(async () => {
  await stopBoss();
  await rm(dir, { recursive: true, force: true });
});

const HEADER = "Nama Usaha,Nama Pemilik,Jenis Kelamin,NIB,Tenaga Kerja";
const smeCsv = (n: number) => ({
  name: "ukm.csv",
  bytes: new TextEncoder().encode(
    [
      HEADER,
      ...Array.from(
        { length: n },
        (_, i) => `Usaha Uji ${i + 1},Pemilik ${i + 1},${i % 2 ? "L" : "P"},${3_000_000_000_000 + i},${1 + (i % 9)}`,
      ),
    ].join("\n"),
  ),
});

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const batchOf = (id: string) => prisma.importBatch.findUniqueOrThrow({ where: { id } });

describe("imports through the job queue", () => {
  it("an upload is QUEUED with its job; a worker runs it to DONE and removes the stored file", async () => {
    // Other test files of this worker queue imports too (nothing runs them there).
    await (await getBoss()).purgeQueue(QUEUES.import.name);
    const actor = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma, { name: "Sentra Antrean", provinceCode: "33" });
    const { batchId } = await startImport({
      actor,
      input: { kind: "smes", clusterId: cluster.id },
      file: smeCsv(50),
      locale: "id",
      storage,
    });
    const queued = await batchOf(batchId);
    expect(queued.status).toBe("QUEUED");
    const fileKey = (queued.jobInput as { fileKey: string }).fileKey;
    expect(await storage.get(fileKey)).not.toBeNull();
    const boss = await getBoss();
    expect(await boss.getQueueSize(QUEUES.import.name)).toBe(1);
    // Nothing is written until a worker takes the job.
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(0);

    const [job] = await boss.fetch<unknown>(QUEUES.import.name);
    expect(job?.data).toEqual({ batchId });
    // The handler with this test's storage (the worker uses the configured one).
    const { runImportJob } = await import("@/lib/imports/jobs");
    await runImportJob(batchId, { storage });
    await boss.complete(QUEUES.import.name, job!.id);
    expect(await batchOf(batchId)).toMatchObject({ status: "DONE", createdRows: 50, attempts: 1 });
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(50);
    expect(await storage.get(fileKey)).toBeNull();
    // A late or duplicate delivery of the same job is harmless.
    await runImportJob(batchId, { storage });
    expect(await batchOf(batchId)).toMatchObject({ status: "DONE", attempts: 1 });
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(50);
  });

  it("a real pg-boss worker in this process picks the job up (the path the servers use)", async () => {
    const actor = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma, { name: "Sentra Pekerja", provinceCode: "33" });
    const { batchId } = await startImport({ actor, input: { kind: "smes", clusterId: cluster.id }, file: smeCsv(20), locale: "id" });
    const boss = await getBoss();
    const workerId = await boss.work(QUEUES.import.name, { pollingIntervalSeconds: 0.5 }, handleImportJobs);
    try {
      const batch = await waitFor(
        () => batchOf(batchId),
        (b) => b.status === "DONE",
      );
      expect(batch).toMatchObject({ status: "DONE", createdRows: 20 });
    } finally {
      await boss.offWork({ id: workerId });
    }
  });

  it("recovery: a run whose process died is resumed (QUEUED, new job); after the last attempt it is FAILED; a live run is left alone", async () => {
    const actor = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma, { name: "Sentra Pulih", provinceCode: "33" });
    const boss = await getBoss();
    await boss.purgeQueue(QUEUES.import.name);
    const mk = async () =>
      (await startImport({ actor, input: { kind: "smes", clusterId: cluster.id }, file: smeCsv(5), locale: "id", storage })).batchId;
    const dead = await mk();
    const exhausted = await mk();
    const alive = await mk();
    // As a worker leaves them when its process is killed mid-run: marked running, attempt counted.
    await prisma.importBatch.updateMany({ where: { id: { in: [dead, alive] } }, data: { status: "IMPORTING", attempts: 1 } });
    await prisma.importBatch.update({ where: { id: exhausted }, data: { status: "VALIDATING", attempts: MAX_IMPORT_ATTEMPTS } });
    // The live run's process holds its lock on its own connection.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(hashtext($1))", [`sentra:import-run:${alive}`]);
    try {
      const { resumed, failed } = await recoverInterruptedImports();
      expect(resumed).toEqual([dead]);
      expect(failed).toEqual([exhausted]);
      expect(await batchOf(alive)).toMatchObject({ status: "IMPORTING" });
      expect(await batchOf(dead)).toMatchObject({ status: "QUEUED", attempts: 1 });
      const failedBatch = await batchOf(exhausted);
      expect(failedBatch.status).toBe("FAILED");
      expect((failedBatch.errors as { file: { code: string } }).file.code).toBe("interrupted");
      expect(await prisma.auditLog.count({ where: { action: "import.interrupted", entityId: { in: [dead, exhausted] } } })).toBe(2);
      // Three jobs from the uploads, one more for the resumed batch.
      expect(await boss.getQueueSize(QUEUES.import.name)).toBe(4);
      // The resumed batch runs to the end as its second attempt.
      const { runImportJob } = await import("@/lib/imports/jobs");
      await runImportJob(dead, { storage });
      expect(await batchOf(dead)).toMatchObject({ status: "DONE", attempts: 2, createdRows: 5 });
      // Running the sweep again changes nothing.
      expect(await recoverInterruptedImports()).toEqual({ resumed: [], failed: [] });
    } finally {
      await holder.end();
    }
  });
});

describe("starting the job queue", () => {
  it("two servers starting at once on a new database both declare the queues (no deadlock), and the queues carry their options", async () => {
    // A schema of this test's own, so that the queues are created, not found.
    const schema = `pgboss_start_${process.pid}`;
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      // Without the lock around the declarations, PostgreSQL answered "deadlock detected"
      // to one of the two on every try.
      const started = await Promise.allSettled([startJobQueue(false, schema), startJobQueue(false, schema)]);
      const bosses = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      try {
        expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "ok"))).toEqual(["ok", "ok"]);
        const { rows } = await db.query<{ name: string; retry_limit: number }>(
          `SELECT name, retry_limit FROM ${schema}.queue ORDER BY name`,
        );
        expect(rows).toEqual([
          { name: QUEUES.evidenceCleanup.name, retry_limit: QUEUES.evidenceCleanup.retryLimit },
          { name: QUEUES.import.name, retry_limit: QUEUES.import.retryLimit },
        ]);
      } finally {
        for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
      }
    } finally {
      await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await db.end();
    }
  });
});

describe("evidence clean-up", () => {
  const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  const file = { name: "bukti.pdf", size: PDF.byteLength, bytes: PDF };
  const HOUR = 3_600_000;
  const age = async (key: string, hours: number) => {
    const t = new Date(Date.now() - hours * HOUR);
    await utimes(path.join(dir, ...key.split("/")), t, t);
  };

  it("removes, after the grace period, files never saved into an answer and stored bytes without a row; never a referenced or recent file; audited", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const referenced = await uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file }, storage });
    const unsaved = await uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file }, storage });
    const recent = await uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file }, storage });
    await saveDraft({
      actor: w.staff,
      input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 3, fileId: referenced.id } } },
      storage,
    });
    const keyOf = async (fileId: string) => (await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).storageKey;
    const [referencedKey, unsavedKey, recentKey] = [await keyOf(referenced.id), await keyOf(unsaved.id), await keyOf(recent.id)];
    // Older than the grace period: everything but `recent`.
    await prisma.evidenceFile.updateMany({
      where: { id: { in: [referenced.id, unsaved.id] } },
      data: { createdAt: new Date(Date.now() - 48 * HOUR) },
    });
    for (const key of [referencedKey, unsavedKey]) await age(key, 48);
    // Bytes whose rows are gone (a removed answer whose delete failed), one old, one fresh.
    await storage.put(`evidence/${id}/aaaaaaaaaaaaaaaaaaaaaaaa`, PDF);
    await storage.put(`evidence/${id}/bbbbbbbbbbbbbbbbbbbbbbbb`, PDF);
    await age(`evidence/${id}/aaaaaaaaaaaaaaaaaaaaaaaa`, 30);

    const result = await cleanUpEvidence({ storage, graceMs: 24 * HOUR });
    expect(result).toEqual({ unreferencedFiles: 1, orphanObjects: 1, importFiles: 0 });
    expect(await prisma.evidenceFile.findMany({ where: { diagnosisId: id }, select: { id: true }, orderBy: { createdAt: "asc" } })).toEqual(
      expect.arrayContaining([{ id: referenced.id }, { id: recent.id }]),
    );
    expect(await prisma.evidenceFile.count({ where: { diagnosisId: id } })).toBe(2);
    expect(await storage.get(referencedKey)).not.toBeNull();
    expect(await storage.get(recentKey)).not.toBeNull();
    expect(await storage.get(unsavedKey)).toBeNull();
    expect(await storage.get(`evidence/${id}/aaaaaaaaaaaaaaaaaaaaaaaa`)).toBeNull();
    expect(await storage.get(`evidence/${id}/bbbbbbbbbbbbbbbbbbbbbbbb`)).not.toBeNull();
    const audits = await prisma.auditLog.findMany({
      where: { action: { in: ["diagnosis.cleanup_evidence", "storage.cleanup_orphan"] } },
      select: { action: true, entityId: true, actorId: true },
    });
    expect(audits).toEqual(
      expect.arrayContaining([
        { action: "diagnosis.cleanup_evidence", entityId: id, actorId: null },
        { action: "storage.cleanup_orphan", entityId: `evidence/${id}/aaaaaaaaaaaaaaaaaaaaaaaa`, actorId: null },
      ]),
    );
    expect(audits).toHaveLength(2);
    // A second run finds nothing more.
    expect(await cleanUpEvidence({ storage, graceMs: 24 * HOUR })).toEqual({ unreferencedFiles: 0, orphanObjects: 0, importFiles: 0 });
  });

  it("a save pointing at a file and the clean-up never leave an answer pointing at a removed file", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    for (let round = 0; round < 5; round++) {
      const up = await uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file }, storage });
      await prisma.evidenceFile.update({ where: { id: up.id }, data: { createdAt: new Date(Date.now() - 48 * HOUR) } });
      const version = (await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).version;
      const [save] = await Promise.allSettled([
        saveDraft({ actor: w.staff, input: { diagnosisId: id, version, answers: { DC_TREND: { level: 3, fileId: up.id } } }, storage }),
        cleanUpEvidence({ storage, graceMs: 24 * HOUR }),
      ]);
      const answers = (await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).answers as Record<string, { fileId?: string }>;
      const pointed = answers.DC_TREND?.fileId;
      if (save.status === "fulfilled") {
        // The save won: the file stays.
        expect(pointed).toBe(up.id);
        expect(await prisma.evidenceFile.count({ where: { id: up.id } })).toBe(1);
      } else {
        // The clean-up won: the save was refused, nothing points at the removed file.
        expect(save.reason).toMatchObject({ code: "INVALID_INPUT" });
        expect(pointed).not.toBe(up.id);
      }
      if (pointed) expect(await prisma.evidenceFile.count({ where: { id: pointed } })).toBe(1);
    }
  });
});
