import { describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { switchInstrument } from "@/lib/diagnosis/switch-instrument";
import { prisma } from "../support/db";
import { allAt, versionOf, world } from "./diagnosis-helpers";

// Issue #13: new diagnoses use 2026.2; a draft started on 2026.1 keeps it until
// its assessor switches, with the answers carried over and the switch audited.
describe("instrument version of drafts", () => {
  it("a new diagnosis is pinned to 2026.2", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    expect(await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).toMatchObject({
      instrumentCode: "SENTRA-DIAG",
      instrumentVersion: "2026.2",
    });
  });

  it("an old draft keeps 2026.1 through saves, and switches on request with its answers, audited", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await prisma.diagnosis.update({ where: { id }, data: { instrumentVersion: "2026.1" } });
    const answers = allAt(4, { RS_RESEARCH_TECH: { notApplicable: true, reason: "Tidak ada lembaga ristek di kabupaten" } });
    await saveDraft({ actor: w.staff, input: { diagnosisId: id, version: await versionOf(id), answers } });
    expect((await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).instrumentVersion).toBe("2026.1");

    const before = await versionOf(id);
    const switched = await switchInstrument({ actor: w.staff, input: { diagnosisId: id, version: before } });
    expect(switched).toEqual({ version: before + 1, instrumentVersion: "2026.2" });
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id } });
    expect(row.instrumentVersion).toBe("2026.2");
    expect(row.answers).toEqual(answers);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "diagnosis.switch_instrument", entityId: id } });
    expect(audit.before).toMatchObject({ instrumentVersion: "2026.1", version: before });
    expect(audit.after).toMatchObject({ instrumentVersion: "2026.2", version: before + 1 });

    // Already current: nothing to switch.
    await expect(switchInstrument({ actor: w.staff, input: { diagnosisId: id, version: before + 1 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("a stale version is a conflict, a consultant is refused, and nothing changes", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await prisma.diagnosis.update({ where: { id }, data: { instrumentVersion: "2026.1" } });
    await expect(switchInstrument({ actor: w.staff, input: { diagnosisId: id, version: 99 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(switchInstrument({ actor: w.consultant, input: { diagnosisId: id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).instrumentVersion).toBe("2026.1");
  });
});
