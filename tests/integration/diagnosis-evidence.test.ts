import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { submitDiagnosis } from "@/lib/diagnosis/submit-diagnosis";
import { readEvidence } from "@/lib/diagnosis/read-evidence";
import { uploadEvidence } from "@/lib/diagnosis/upload-evidence";
import { logger } from "@/lib/logger";
import type { FileStorage } from "@/lib/storage";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { prisma } from "../support/db";
import { allAt, versionOf, world } from "./diagnosis-helpers";

const dir = await mkdtemp(path.join(tmpdir(), "sentra-evidence-"));
const storage = localDiskStorage(dir);
afterAll(() => rm(dir, { recursive: true, force: true }));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const file = (bytes: Uint8Array, name = "bukti.pdf") => ({ name, size: bytes.byteLength, bytes });

describe("uploadEvidence / readEvidence", () => {
  it("stores a real PDF on disk behind the storage interface, audited, readable by who may read the diagnosis", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const saved = await uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(PDF) }, storage });
    expect(saved).toMatchObject({ fileName: "bukti.pdf", contentType: "application/pdf", size: PDF.byteLength });
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.upload_evidence", entityId: id } })).toBe(1);
    const back = await readEvidence({ actor: w.staff, fileId: saved.id, storage });
    expect(Buffer.from(back.bytes).equals(Buffer.from(PDF))).toBe(true);
    // The consultant sees it once submitted; another consultant never.
    await expect(readEvidence({ actor: w.consultant, fileId: saved.id, storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitDiagnosis({
      actor: w.staff,
      input: { diagnosisId: id, version: 1, answers: allAt(3, { DC_TREND: { level: 3, fileId: saved.id } }) },
    });
    expect((await readEvidence({ actor: w.consultant, fileId: saved.id, storage })).contentType).toBe("application/pdf");
    await expect(readEvidence({ actor: w.outsider, fileId: saved.id, storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a renamed non-PDF, 50 MB, an unknown indicator, a submitted diagnosis and non-fillers; nothing is stored", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(
      uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(html, "bukti.pdf") }, storage }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldMessage: "fileType" },
    });
    const huge = { name: "besar.pdf", size: 50 * 1024 * 1024, bytes: PDF };
    await expect(
      uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: huge }, storage }),
    ).rejects.toThrow(/fileTooLarge/);
    await expect(
      uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "NOPE", file: file(PDF) }, storage }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      uploadEvidence({ actor: w.consultant, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(PDF) }, storage }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: allAt(3) } });
    await expect(
      uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(PDF) }, storage }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.evidenceFile.count()).toBe(0);
  });

  it("the storage keys cannot leave the upload folder", async () => {
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(storage.put("evidence/../x", PDF)).rejects.toThrow(/invalid storage key/);
    expect(await storage.get("evidence/none/missing")).toBeNull();
  });
});

describe("removing an evidence file from a diagnosis", () => {
  afterEach(() => vi.restoreAllMocks());

  const onDisk = async (fileId: string) => {
    const row = await prisma.evidenceFile.findUnique({ where: { id: fileId }, select: { storageKey: true } });
    return row ? existsSync(path.join(dir, ...row.storageKey.split("/"))) : null;
  };
  const keyOf = async (fileId: string) => (await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).storageKey;
  const diskPath = (key: string) => path.join(dir, ...key.split("/"));

  /** A draft whose saved answers point at two uploaded files. */
  async function draftWithTwoFiles() {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const a = await uploadEvidence({
      actor: w.staff,
      input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(PDF, "a.pdf") },
      storage,
    });
    const b = await uploadEvidence({
      actor: w.staff,
      input: { diagnosisId: id, indicatorCode: "AC_PLANNING", file: file(PDF, "b.pdf") },
      storage,
    });
    const both = { DC_TREND: { level: 3 as const, fileId: a.id }, AC_PLANNING: { level: 2 as const, fileId: b.id } };
    await saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: both }, storage });
    expect([await onDisk(a.id), await onDisk(b.id)]).toEqual([true, true]);
    return { w, id, a, b, both };
  }

  it("a save that no longer points at a file deletes its row (audited) and, after the commit, its bytes; the other file stays", async () => {
    const { w, id, a, b } = await draftWithTwoFiles();
    const keyA = await keyOf(a.id);
    await saveDraft({
      actor: w.staff,
      input: { diagnosisId: id, version: 2, answers: { DC_TREND: { level: 3 }, AC_PLANNING: { level: 2, fileId: b.id } } },
      storage,
    });
    expect(await prisma.evidenceFile.findUnique({ where: { id: a.id } })).toBeNull();
    expect(existsSync(diskPath(keyA))).toBe(false);
    expect(await storage.get(keyA)).toBeNull();
    expect(await onDisk(b.id)).toBe(true);
    const audit = await prisma.auditLog.findMany({ where: { action: "diagnosis.remove_evidence", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.staff.id, before: { id: a.id, fileName: "a.pdf", indicatorCode: "DC_TREND" } });
    expect(JSON.stringify(audit[0]!.before)).not.toContain(keyA);

    // Submitting without the last file removes it too.
    const keyB = await keyOf(b.id);
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 3, answers: allAt(3) }, storage });
    expect(await prisma.evidenceFile.count()).toBe(0);
    expect(existsSync(diskPath(keyB))).toBe(false);
  });

  it("a save or submit whose transaction fails leaves the row and the file in place", async () => {
    const { w, id, a, b, both } = await draftWithTwoFiles();
    const dropA = { DC_TREND: { level: 3 as const }, AC_PLANNING: both.AC_PLANNING };
    // The save's own audit row fails, after the evidence row was deleted in the same transaction.
    await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION sentra_test_fail_save() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'diagnosis.save_draft' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER sentra_test_fail_save BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION sentra_test_fail_save()`,
    );
    try {
      await expect(saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 2, answers: dropA }, storage })).rejects.toThrow(
        /audit refused/,
      );
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER sentra_test_fail_save ON audit_log`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION sentra_test_fail_save()`);
    }
    // An incomplete submit is refused after the removal, inside the same transaction.
    await expect(
      submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 2, answers: dropA }, storage }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { reason: "INCOMPLETE" },
    });
    expect([await onDisk(a.id), await onDisk(b.id)]).toEqual([true, true]);
    expect(await versionOf(id)).toBe(2);
    expect((await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).answers).toEqual(both);
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.remove_evidence" } })).toBe(0);
    expect(Buffer.from((await readEvidence({ actor: w.staff, fileId: a.id, storage })).bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it("a file the store cannot delete is logged and left; the save itself succeeds", async () => {
    const { w, id, a } = await draftWithTwoFiles();
    const keyA = await keyOf(a.id);
    const failing: FileStorage = { ...storage, delete: () => Promise.reject(new Error("disk gone")) };
    const logged = vi.spyOn(logger, "error");
    const saved = await saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 2, answers: {} }, storage: failing });
    expect(saved.version).toBe(3);
    expect(await prisma.evidenceFile.count()).toBe(0);
    expect(existsSync(diskPath(keyA))).toBe(true);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ storageKey: keyA, err: "disk gone" }), "evidence file delete failed");
    expect(logged).toHaveBeenCalledTimes(2);
  });
});
