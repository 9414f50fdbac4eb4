import { describe, expect, it } from "vitest";
import { diagnosisReadWhere } from "@/lib/diagnosis/access";
import { approveDiagnosis } from "@/lib/diagnosis/approve-diagnosis";
import { CURRENT_INSTRUMENT } from "@/lib/diagnosis/instruments";
import { returnDiagnosis } from "@/lib/diagnosis/return-diagnosis";
import { saveDraft } from "@/lib/diagnosis/save-draft";
import { startDiagnosis } from "@/lib/diagnosis/start-diagnosis";
import { submitDiagnosis } from "@/lib/diagnosis/submit-diagnosis";
import { prisma } from "../support/db";
import { allAt, CODES, versionOf, world, type Actor } from "./diagnosis-helpers";

async function submitted(actor: Actor, clusterId: string, level: 2 | 3 | 4 = 3) {
  const { id } = await startDiagnosis({ actor, input: { clusterId } });
  await submitDiagnosis({ actor, input: { diagnosisId: id, version: await versionOf(id), answers: allAt(level) } });
  return id;
}

describe("startDiagnosis", () => {
  it("pins the current instrument version, audits, and returns the open diagnosis when started again", async () => {
    const w = await world();
    const first = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    expect(first.created).toBe(true);
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({
      instrumentCode: CURRENT_INSTRUMENT.code,
      instrumentVersion: CURRENT_INSTRUMENT.version,
      status: "DRAFT",
      assessorId: w.staff.id,
    });
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.start", entityId: first.id } })).toBe(1);
    const again = await startDiagnosis({ actor: w.staff2, input: { clusterId: w.cluster.id } });
    expect(again).toEqual({ id: first.id, created: false });
  });

  it.each(["CONSULTANT", "MANAGER"] as const)("refuses %s", async (role) => {
    const w = await world();
    const actor = role === "CONSULTANT" ? w.consultant : w.manager;
    await expect(startDiagnosis({ actor, input: { clusterId: w.cluster.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.diagnosis.count()).toBe(0);
  });

  it("an unknown or archived cluster is not found", async () => {
    const w = await world();
    await expect(startDiagnosis({ actor: w.staff, input: { clusterId: "nope" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.cluster.update({ where: { id: w.other.id }, data: { status: "ARCHIVED" } });
    await expect(startDiagnosis({ actor: w.staff, input: { clusterId: w.other.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("saveDraft", () => {
  it("saves, bumps the version and audits before/after", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const saved = await saveDraft({
      actor: w.staff,
      input: { diagnosisId: id, version: 1, answers: { FC_GEN_LOCATION: { level: 4, evidence: "Dekat jalan nasional" } } },
    });
    expect(saved.version).toBe(2);
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id } });
    expect(row.answers).toEqual({ FC_GEN_LOCATION: { level: 4, evidence: "Dekat jalan nasional" } });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "diagnosis.save_draft", entityId: id } });
    expect(audit.before).toMatchObject({ version: 1, answers: {} });
    expect(audit.after).toMatchObject({ version: 2, answers: { FC_GEN_LOCATION: { level: 4 } } });
  });

  it("a stale save is a conflict carrying the server's copy and who saved it; nothing is overwritten", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await saveDraft({ actor: w.staff2, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 5 } } } });
    const stale = saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 1 } } } });
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "STALE", server: { version: 2, answers: { DC_TREND: { level: 5 } }, savedBy: w.staff2.name } },
    });
    expect((await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).answers).toEqual({ DC_TREND: { level: 5 } });
  });

  it("refuses a level of 7, an indicator not in the pinned version, a forged file id, and changes nothing", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const other = await startDiagnosis({ actor: w.staff, input: { clusterId: w.other.id } });
    const file = await prisma.evidenceFile.create({
      data: {
        diagnosisId: other.id,
        indicatorCode: "DC_TREND",
        fileName: "x.pdf",
        contentType: "application/pdf",
        size: 5,
        storageKey: "evidence/x/y",
        uploadedById: w.staff.id,
      },
    });
    await expect(
      saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 7 } } } }),
    ).rejects.toThrow(/levelRange/);
    await expect(
      saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { NOT_AN_INDICATOR: { level: 3 } } } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { issues: [{ indicator: "NOT_AN_INDICATOR", key: "unknownIndicator" }] },
    });
    await expect(
      saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 3, fileId: file.id } } } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: { DC_TREND: { level: 3, notApplicable: true } } } }),
    ).rejects.toThrow();
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(1);
    expect(row.answers).toEqual({});
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.save_draft" } })).toBe(0);
  });

  it("refuses consultants and managers; a forged id is not found", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    await expect(saveDraft({ actor: w.consultant, input: { diagnosisId: id, version: 1, answers: {} } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveDraft({ actor: w.manager, input: { diagnosisId: id, version: 1, answers: {} } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveDraft({ actor: w.staff, input: { diagnosisId: "cforged000", version: 1, answers: {} } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("submitDiagnosis", () => {
  it("an incomplete diagnosis stays a draft and names the missing indicators", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const answers = allAt(3);
    delete answers.DC_TREND;
    delete answers.DC_QUALITY;
    const attempt = submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers } });
    await expect(attempt).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: {
        reason: "INCOMPLETE",
        missing: [{ group: "DEMAND_CONDITIONS", indicators: ["DC_TREND", "DC_QUALITY"] }],
        reasonMissing: [],
      },
    });
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", version: 1, submittedAt: null });
    expect(await prisma.notification.count()).toBe(0);
  });

  it("not applicable needs a reason on submit", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const answers = allAt(3, { FC_GEN_ENVIRONMENT: { notApplicable: true, reason: " " } });
    await expect(submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { reason: "INCOMPLETE", missing: [], reasonMissing: ["FC_GEN_ENVIRONMENT"] },
    });
  });

  it("mid-form, one refusal names the unanswered indicators and the missing N/A reasons together", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    const answers = {
      ...Object.fromEntries(CODES.slice(0, 3).map((c) => [c, { level: 3 }])),
      DC_TREND: { notApplicable: true, reason: "" },
    };
    const refusal = await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers } }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "INVALID_INPUT", details: { reason: "INCOMPLETE", reasonMissing: ["DC_TREND"] } });
    const missing = (refusal as { details: { missing: Array<{ indicators: string[] }> } }).details.missing;
    expect(missing.flatMap((m) => m.indicators)).toHaveLength(20);
    expect(missing.flatMap((m) => m.indicators)).not.toContain("DC_TREND");
    expect(await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("submits, notifies the assigned consultant only, and audits", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id);
    expect(await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
    const notes = await prisma.notification.findMany();
    expect(notes.map((n) => [n.userId, n.kind])).toEqual([[w.consultant.id, "DIAGNOSIS_SUBMITTED"]]);
    expect(await prisma.auditLog.count({ where: { action: "diagnosis.submit", entityId: id } })).toBe(1);
  });
});

describe("review: return and approve", () => {
  it("an unassigned consultant gets NOT_FOUND; nothing changes", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id);
    await expect(returnDiagnosis({ actor: w.outsider, input: { diagnosisId: id, version: 2, comment: "x" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(approveDiagnosis({ actor: w.outsider, input: { diagnosisId: id, version: 2 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("staff cannot review; an assessor (even an admin) cannot approve their own", async () => {
    const w = await world();
    const id = await submitted(w.admin, w.cluster.id);
    await expect(approveDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 2 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(approveDiagnosis({ actor: w.admin, input: { diagnosisId: id, version: 2 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // An admin who only edited someone else's draft is an assessor too.
    const other = await startDiagnosis({ actor: w.staff, input: { clusterId: w.other.id } });
    await saveDraft({ actor: w.admin, input: { diagnosisId: other.id, version: 1, answers: allAt(3) } });
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: other.id, version: 2, answers: allAt(3) } });
    await expect(approveDiagnosis({ actor: w.admin, input: { diagnosisId: other.id, version: 3 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("return needs an overall comment; returned comes back to the assessor, who revises and resubmits", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id);
    await expect(returnDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2, comment: "  " } })).rejects.toThrow(
      /commentRequired/,
    );
    await returnDiagnosis({
      actor: w.consultant,
      input: {
        diagnosisId: id,
        version: 2,
        comment: "Bukti permintaan kurang",
        indicatorComments: [{ indicator: "DC_TREND", body: "Lampirkan data penjualan" }],
      },
    });
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id }, include: { comments: true } });
    expect(row).toMatchObject({ status: "RETURNED", reviewerId: w.consultant.id, reviewComment: "Bukti permintaan kurang", version: 3 });
    expect(row.comments.map((c) => c.indicatorCode).sort()).toEqual(["DC_TREND", null].sort());
    expect(await prisma.notification.count({ where: { userId: w.staff.id, kind: "DIAGNOSIS_RETURNED" } })).toBe(1);
    await saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 3, answers: allAt(3, { DC_TREND: { level: 4 } }) } });
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 4, answers: allAt(3, { DC_TREND: { level: 4 } }) } });
    expect((await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });

  it("refuses every transition outside the table", async () => {
    const w = await world();
    const { id } = await startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id } });
    // A consultant cannot see a draft at all; an admin sees it but cannot approve or return it.
    await expect(approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 1 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(approveDiagnosis({ actor: w.admin, input: { diagnosisId: id, version: 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "ILLEGAL_TRANSITION" },
    });
    await expect(returnDiagnosis({ actor: w.admin, input: { diagnosisId: id, version: 1, comment: "x" } })).rejects.toMatchObject({
      details: { reason: "ILLEGAL_TRANSITION" },
    });
    await submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 1, answers: allAt(3) } });
    await expect(saveDraft({ actor: w.staff, input: { diagnosisId: id, version: 2, answers: allAt(2) } })).rejects.toMatchObject({
      details: { reason: "ILLEGAL_TRANSITION" },
    });
    await expect(submitDiagnosis({ actor: w.staff, input: { diagnosisId: id, version: 2, answers: allAt(3) } })).rejects.toMatchObject({
      details: { reason: "ILLEGAL_TRANSITION" },
    });
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2 } });
    await expect(returnDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 3, comment: "x" } })).rejects.toMatchObject({
      details: { reason: "ILLEGAL_TRANSITION" },
    });
    await expect(approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 3 } })).rejects.toMatchObject({
      details: { reason: "ILLEGAL_TRANSITION" },
    });
    expect(await prisma.stageHistory.count()).toBe(1);
  });

  it("approval stores the engine result, scores, stage history and the cluster's stage together, audited", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id, 4);
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2 } });
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "APPROVED", resultStage: "MATURE", growthScore: 75, actionScore: 75, reviewerId: w.consultant.id });
    expect(row.inputHash).toMatch(/^fnv1a64:/);
    expect((row.result as { result: { stage: string } }).result.stage).toBe("MATURE");
    const scores = await prisma.diagnosisScore.findMany({ where: { diagnosisId: id } });
    expect(scores.filter((s) => s.indicatorCode === null)).toHaveLength(CURRENT_INSTRUMENT.groups.length);
    expect(scores.filter((s) => s.indicatorCode !== null)).toHaveLength(CODES.length);
    expect(scores.every((s) => s.clusterId === w.cluster.id)).toBe(true);
    expect(await prisma.stageHistory.findUniqueOrThrow({ where: { diagnosisId: id } })).toMatchObject({
      stage: "MATURE",
      provinceCode: "33",
      clusterId: w.cluster.id,
    });
    expect((await prisma.cluster.findUniqueOrThrow({ where: { id: w.cluster.id } })).currentStage).toBe("MATURE");
    const stageAudit = await prisma.auditLog.findFirstOrThrow({ where: { action: "cluster.stage_change", entityId: w.cluster.id } });
    expect(stageAudit.before).toEqual({ currentStage: null });
    expect(stageAudit.after).toMatchObject({ currentStage: "MATURE" });
    expect(await prisma.notification.count({ where: { userId: w.staff.id, kind: "DIAGNOSIS_APPROVED" } })).toBe(1);
  });

  it("comments typed on indicators before approving are kept with the approval, audited", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id, 3);
    const indicatorComments = [{ indicator: "DC_TREND", body: "Data penjualan 2025 perlu diperbarui tahun depan." }];
    await expect(
      approveDiagnosis({
        actor: w.consultant,
        input: { diagnosisId: id, version: 2, indicatorComments: [{ indicator: "NOPE", body: "x" }] },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { issues: [{ indicator: "NOPE", key: "unknownIndicator" }] } });
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2, comment: "Disetujui.", indicatorComments } });
    const row = await prisma.diagnosis.findUniqueOrThrow({ where: { id }, include: { comments: true } });
    expect(row.status).toBe("APPROVED");
    expect(row.comments.map((c) => [c.indicatorCode, c.body, c.authorId]).sort()).toEqual(
      [
        ["DC_TREND", "Data penjualan 2025 perlu diperbarui tahun depan.", w.consultant.id],
        [null, "Disetujui.", w.consultant.id],
      ].sort(),
    );
    expect(row.comments.every((c) => c.createdAt.getTime() === row.approvedAt!.getTime())).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "diagnosis.approve", entityId: id } });
    expect(audit.after).toMatchObject({ indicatorComments });
  });

  it("approval is all or nothing", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id, 2);
    // A stage-history row already naming this diagnosis makes the insert fail inside the transaction.
    await prisma.stageHistory.create({
      data: { clusterId: w.cluster.id, diagnosisId: id, stage: "MATURE", provinceCode: "33", decidedAt: new Date() },
    });
    await expect(approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2 } })).rejects.toThrow();
    expect(await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SUBMITTED",
      resultStage: null,
      version: 2,
    });
    expect(await prisma.diagnosisScore.count()).toBe(0);
    expect((await prisma.cluster.findUniqueOrThrow({ where: { id: w.cluster.id } })).currentStage).toBeNull();
    expect(await prisma.auditLog.count({ where: { action: { in: ["diagnosis.approve", "cluster.stage_change"] } } })).toBe(0);
  });

  it("an approval that changes the centre's stage is refused unless the request confirms it; nothing changes", async () => {
    const w = await world();
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: await submitted(w.staff, w.cluster.id, 4), version: 2 } });
    expect((await prisma.cluster.findUniqueOrThrow({ where: { id: w.cluster.id } })).currentStage).toBe("MATURE");
    // All at level 2 is a lower stage than MATURE: a change the reviewer must confirm.
    const id = await submitted(w.staff, w.cluster.id, 2);
    const indicatorComments = [{ indicator: "DC_TREND", body: "Omzet turun." }];
    for (const confirmStageChange of [undefined, false, "", "0"]) {
      await expect(
        approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2, indicatorComments, confirmStageChange } }),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        details: { reason: "STAGE_CHANGE_UNCONFIRMED", from: "MATURE" },
      });
    }
    expect(await prisma.diagnosis.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect((await prisma.cluster.findUniqueOrThrow({ where: { id: w.cluster.id } })).currentStage).toBe("MATURE");
    expect(await prisma.diagnosisComment.count({ where: { diagnosisId: id } })).toBe(0);
    expect(await prisma.stageHistory.count({ where: { diagnosisId: id } })).toBe(0);

    // The dialog's field, as the form posts it.
    const done = await approveDiagnosis({
      actor: w.consultant,
      input: { diagnosisId: id, version: 2, indicatorComments, confirmStageChange: "1" },
    });
    expect(done.stage).not.toBe("MATURE");
    expect((await prisma.cluster.findUniqueOrThrow({ where: { id: w.cluster.id } })).currentStage).toBe(done.stage);
    expect(await prisma.diagnosisComment.count({ where: { diagnosisId: id, indicatorCode: "DC_TREND" } })).toBe(1);
  });

  it("an approval that keeps the centre's stage needs no confirmation", async () => {
    const w = await world();
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: await submitted(w.staff, w.cluster.id, 4), version: 2 } });
    const id = await submitted(w.staff, w.cluster.id, 4);
    await expect(approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2 } })).resolves.toMatchObject({
      stage: "MATURE",
    });
  });
});

describe("blind second scoring", () => {
  it("the second assessor cannot read or edit the primary; the reviewer settles the final levels", async () => {
    const w = await world();
    const primaryId = await submitted(w.staff, w.cluster.id, 3);
    await expect(startDiagnosis({ actor: w.staff, input: { clusterId: w.cluster.id, role: "SECOND" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const second = await startDiagnosis({ actor: w.staff2, input: { clusterId: w.cluster.id, role: "SECOND" } });
    const visible = (user: Actor, id: string) =>
      prisma.diagnosis.findFirst({ where: { AND: [{ id }, diagnosisReadWhere(user)] }, select: { id: true } });
    expect(await visible(w.staff2, primaryId)).toBeNull();
    expect(await visible(w.staff, second.id)).toBeNull();
    expect(await visible(w.consultant, primaryId)).not.toBeNull();
    await expect(startDiagnosis({ actor: w.staff2, input: { clusterId: w.cluster.id } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveDraft({ actor: w.staff2, input: { diagnosisId: primaryId, version: 2, answers: {} } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveDraft({ actor: w.staff, input: { diagnosisId: second.id, version: 1, answers: {} } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await submitDiagnosis({
      actor: w.staff2,
      input: { diagnosisId: second.id, version: 1, answers: allAt(3, { DC_TREND: { level: 5 } }) },
    });
    expect(await prisma.notification.count({ where: { userId: w.consultant.id, kind: "SECOND_SUBMITTED", diagnosisId: primaryId } })).toBe(
      1,
    );
    await expect(approveDiagnosis({ actor: w.staff2, input: { diagnosisId: primaryId, version: 2 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await approveDiagnosis({ actor: w.consultant, input: { diagnosisId: primaryId, version: 2, settled: { DC_TREND: 5 } } });
    const approved = await prisma.diagnosis.findUniqueOrThrow({ where: { id: primaryId } });
    expect((approved.answers as Record<string, { level: number }>).DC_TREND!.level).toBe(5);
    expect(approved.growthScore).toBeCloseTo((21 * 50 + 2 * 50) / 21, 10);
    // Once approved, the blind is lifted.
    expect(await visible(w.staff2, primaryId)).not.toBeNull();
  });

  it("settling without a second scoring is refused", async () => {
    const w = await world();
    const id = await submitted(w.staff, w.cluster.id, 3);
    await expect(
      approveDiagnosis({ actor: w.consultant, input: { diagnosisId: id, version: 2, settled: { DC_TREND: 5 } } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { reason: "NO_SECOND" },
    });
  });
});
