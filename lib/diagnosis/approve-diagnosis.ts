import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { applySettled, type Answers } from "@/lib/diagnosis/answers";
import { approvalFor, approvedColumns } from "@/lib/diagnosis/evaluation";
import { findInstrument } from "@/lib/diagnosis/instruments";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { notifyUsers } from "@/lib/diagnosis/notify";
import { assertCommentIndicators, loadForReview } from "@/lib/diagnosis/review-access";
import { approveDiagnosisSchema } from "@/lib/diagnosis/schema";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Approves a submitted diagnosis. In ONE transaction: the engine's result on the
 * final answers (the primary's, with the levels the reviewer settled where a
 * second assessor differed), score rows, a stage-history row with the cluster's
 * province at this time, the cluster's current stage, audit rows and the
 * assessor's notification; the reviewer's note and per-indicator comments as
 * comments of the approval. Any failure writes nothing.
 */
export async function approveDiagnosis({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "diagnosis:review")) throw new AppError("FORBIDDEN");
  const data = approveDiagnosisSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { current, to } = await loadForReview(tx, actor, data, "APPROVE");
    const instrument = findInstrument(current.instrumentCode, current.instrumentVersion);
    if (!instrument) throw new AppError("INVALID_INPUT", "unknown instrument version");
    const settledCodes = Object.keys(data.settled);
    if (settledCodes.length > 0) {
      const seconds = await tx.diagnosis.count({ where: { primaryId: current.id, status: "SUBMITTED" } });
      if (seconds === 0) throw new AppError("INVALID_INPUT", "nothing to settle without a second scoring", { reason: "NO_SECOND" });
      const index = indicatorIndex(instrument);
      const unknown = settledCodes.find((code) => !index.has(code));
      if (unknown)
        throw new AppError("INVALID_INPUT", "unknown indicator", {
          reason: "ANSWERS",
          issues: [{ indicator: unknown, key: "unknownIndicator" }],
        });
    }
    assertCommentIndicators(instrument, data.indicatorComments);
    const answers = applySettled(current.answers as Answers, data.settled);
    const approval = approvalFor(instrument, answers);
    if (!approval) throw new AppError("INVALID_INPUT", "insufficient data", { reason: "INCOMPLETE" });
    // The dialog's confirmation is checked here too: a request that skips it (no script, a
    // stale page, another client) must not move the centre to another stage unasked.
    const currentStage = current.cluster.currentStage;
    if (currentStage && approval.stage !== currentStage && !data.confirmStageChange)
      throw new AppError("INVALID_INPUT", "stage change not confirmed", {
        reason: "STAGE_CHANGE_UNCONFIRMED",
        from: currentStage,
        to: approval.stage,
      });
    const approvedAt = new Date();
    const { count } = await tx.diagnosis.updateMany({
      where: { id: current.id, version: current.version, status: current.status },
      data: {
        status: to,
        reviewerId: actor.id,
        // The return comments stay in DiagnosisComment; the approved row carries the approval note.
        reviewComment: data.comment || null,
        approvedAt,
        answers: answers as Prisma.InputJsonValue,
        ...approvedColumns(approval),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
    await tx.diagnosisScore.createMany({
      data: approval.scoreRows.map((row) => ({ ...row, diagnosisId: current.id, clusterId: current.clusterId })),
    });
    await tx.stageHistory.create({
      data: {
        clusterId: current.clusterId,
        diagnosisId: current.id,
        stage: approval.stage,
        provinceCode: current.cluster.provinceCode,
        decidedAt: approvedAt,
      },
    });
    await tx.cluster.update({ where: { id: current.clusterId }, data: { currentStage: approval.stage } });
    // Written at the approval's instant, so the report finds the comments that came with it.
    await tx.diagnosisComment.createMany({
      data: [
        ...(data.comment
          ? [{ diagnosisId: current.id, indicatorCode: null, authorId: actor.id, body: data.comment, createdAt: approvedAt }]
          : []),
        ...data.indicatorComments.map((c) => ({
          diagnosisId: current.id,
          indicatorCode: c.indicator,
          authorId: actor.id,
          body: c.body,
          createdAt: approvedAt,
        })),
      ],
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.approve",
      entityType: "Diagnosis",
      entityId: current.id,
      before: { status: current.status, version: current.version, answers: current.answers },
      after: {
        status: to,
        version: current.version + 1,
        answers,
        settled: data.settled,
        indicatorComments: data.indicatorComments,
        resultStage: approval.stage,
        growthScore: approval.growthScore,
        actionScore: approval.actionScore,
        inputHash: approval.inputHash,
        instrument: { code: current.instrumentCode, version: current.instrumentVersion },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cluster.stage_change",
      entityType: "Cluster",
      entityId: current.clusterId,
      before: { currentStage: current.cluster.currentStage },
      after: { currentStage: approval.stage, diagnosisId: current.id },
    });
    await notifyUsers(
      tx,
      [current.assessorId],
      { kind: "DIAGNOSIS_APPROVED", clusterId: current.clusterId, diagnosisId: current.id },
      actor.id,
    );
    return { id: current.id, status: to, stage: approval.stage };
  });
}
