import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discardDiagnosis } from "@/lib/diagnosis/discard-diagnosis";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { submitDiagnosis } from "@/lib/diagnosis/submit-diagnosis";
import { uploadEvidence } from "@/lib/diagnosis/upload-evidence";
import { approveDiagnosis } from "@/lib/diagnosis/approve-diagnosis";
import { returnDiagnosis } from "@/lib/diagnosis/return-diagnosis";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { prisma } from "../support/db";
import { allAt, versionOf, world } from "./diagnosis-helpers";

// Discarding a draft started by mistake (issue #19): who may, what goes, what the audit keeps,
// and that nothing once submitted can be discarded.

const dir = await mkdtemp(path.join(tmpdir(), "sentra-discard-"));
const storage = localDiskStorage(dir);
afterAll(() => rm(dir, { recursive: true, force: true }));
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("discardDiagnosis", () => {
  it("the assessor discards their draft: the row and its evidence (rows and bytes) go; the audit keeps the content", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const file = await uploadEvidence({
      actor: w.staff,
      input: { diagnosisId: id, indicatorCode: "DC_TREND", file: { name: "bukti.pdf", size: PDF.byteLength, bytes: PDF } },
      storage,
    });
    const stored = await prisma.evidenceFile.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } });
    expect(existsSync(path.join(dir, stored.storageKey))).toBe(true);
    await saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 2, fileId: file.id } } } });

    expect(await discardDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 2 }, storage })).toEqual({
      id,
      clusterId: w.cluster.id,
    });
    expect(await prisma.diagnosis.count({ where: { id } })).toBe(0);
    expect(await prisma.evidenceFile.count({ where: { diagnosisId: id } })).toBe(0);
    expect(existsSync(path.join(dir, stored.storageKey))).toBe(false);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "diagnosis.discard", entityId: id } });
    expect(audit.actorId).toBe(w.staff.id);
    expect(audit.before).toMatchObject({
      clusterId: w.cluster.id,
      status: "DRAFT",
      version: 2,
      assessorId: w.staff.id,
      answers: { DC_TREND: { level: 2, fileId: file.id } },
      evidenceFiles: [{ id: file.id, fileName: "bukti.pdf", indicatorCode: "DC_TREND" }],
    });
    expect(JSON.stringify(audit.before)).not.toContain(stored.storageKey);
    // The centre can be started afresh.
    expect((await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } })).created).toBe(true);
  });

  it("other staff and admins may discard a primary draft (team work), as they may edit it", async () => {
    const w = await world();
    const a = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await discardDiagnosis({ actor: w.staff2, input: { diagnosisId: a.id, version: 1 }, storage });
    const b = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await discardDiagnosis({ actor: w.admin, input: { diagnosisId: b.id, version: 1 }, storage });
    expect(await prisma.diagnosis.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.discard" } })).toBe(2);
  });

  it("refuses consultants and managers, another's blind second scoring, a forged id and a stale version; nothing changes", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    for (const actor of [w.consultant, w.manager]) {
      await expect(discardDiagnosis({ actor, input: { diagnosisId: id, version: 1 }, storage })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(discardDiagnosis({ actor: w.staff, input: { diagnosisId: "cforged000", version: 1 }, storage })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 3 } } } });
    await expect(discardDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1 }, storage })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "STALE" },
    });
    // A second scoring is its own assessor's alone; while it exists the primary stays.
    const second = await startDiagnosis({ actor: w.staff2, input: { clusterId: w.cluster.id, role: "SECOND" } });
    await expect(discardDiagnosis({ actor: w.staff, input: { diagnosisId: second.id, version: 1 }, storage })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(discardDiagnosis({ actor: w.admin, input: { diagnosisId: second.id, version: 1 }, storage })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(discardDiagnosis({ actor: w.admin, input: { diagnosisId: id, version: 2 }, storage })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "HAS_SECOND_SCORING" },
    });
    expect(await prisma.diagnosis.count()).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.discard" } })).toBe(0);
    // Its own assessor may discard the second scoring; then the primary may go too.
    await discardDiagnosis({ actor: w.staff2, input: { diagnosisId: second.id, version: 1 }, storage });
    await discardDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 2 }, storage });
    expect(await prisma.diagnosis.count()).toBe(0);
  });

  it("refuses a submitted, returned or approved diagnosis: once submitted it is part of the record", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: allAt(3) } });
    const refused = { code: "CONFLICT", details: { reason: "ILLEGAL_TRANSITION" } };
    await expect(discardDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 2 }, storage })).rejects.toMatchObject(refused);
    await returnDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2, comment: "Lengkapi bukti." } });
    await expect(discardDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 3 }, storage })).rejects.toMatchObject(refused);
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 3, answers: allAt(3) } });
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: await versionOf(id) } });
    await expect(
      discardDiagnosis({ actor: w.admin, input: { diagnosisId: id, version: await versionOf(id) }, storage }),
    ).rejects.toMatchObject(refused);
    expect(await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED" });
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.discard" } })).toBe(0);
  });
});
