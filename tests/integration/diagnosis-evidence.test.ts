import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { submitDiagnosis } from "@/lib/diagnosis/submit-diagnosis";
import { readEvidence, uploadEvidence } from "@/lib/diagnosis/upload-evidence";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { prisma } from "../support/db";
import { allAt, world } from "./diagnosis-helpers";

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
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: allAt(3, { DC_TREND: { level: 3, fileId: saved.id } }) } });
    expect((await readEvidence({ actor: w.consultant, fileId: saved.id, storage })).contentType).toBe("application/pdf");
    await expect(readEvidence({ actor: w.outsider, fileId: saved.id, storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a renamed non-PDF, 50 MB, an unknown indicator, a submitted diagnosis and non-fillers; nothing is stored", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(html, "bukti.pdf") }, storage })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldMessage: "fileType" },
    });
    const huge = { name: "besar.pdf", size: 50 * 1024 * 1024, bytes: PDF };
    await expect(uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: huge }, storage })).rejects.toThrow(/fileTooLarge/);
    await expect(uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "NOPE", file: file(PDF) }, storage })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(uploadEvidence({ actor: w.consultant, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(PDF) }, storage })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: allAt(3) } });
    await expect(uploadEvidence({ actor: w.staff, input: { diagnosisId: id, indicatorCode: "DC_TREND", file: file(PDF) }, storage })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.evidenceFile.count()).toBe(0);
  });

  it("the storage keys cannot leave the upload folder", async () => {
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(storage.put("evidence/../x", PDF)).rejects.toThrow(/invalid storage key/);
    expect(await storage.get("evidence/none/missing")).toBeNull();
  });
});
