import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { findInstrument } from "@/lib/diagnosis/instruments";
import { notifyUsers } from "@/lib/diagnosis/notify";
import { assertCommentIndicators, loadForReview } from "@/lib/diagnosis/review-access";
import { returnDiagnosisSchema } from "@/lib/diagnosis/schema";
import { AppError } from "@/lib/errors";

/** Sends a submitted diagnosis back to its assessor with an overall comment and optional per-indicator comments. */
export async function returnDiagnosis({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "diagnosis:review")) throw new AppError("FORBIDDEN");
  const data = returnDiagnosisSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { current, to } = await loadForReview(tx, actor, data, "RETURN");
    assertCommentIndicators(findInstrument(current.instrumentCode, current.instrumentVersion), data.indicatorComments);
    const returnedAt = new Date();
    const { count } = await tx.diagnosis.updateMany({
      where: { id: current.id, version: current.version, status: current.status },
      data: { status: to, reviewerId: actor.id, reviewComment: data.comment, returnedAt, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "stale version", { reason: "STALE" });
    await tx.diagnosisComment.createMany({
      data: [
        { diagnosisId: current.id, indicatorCode: null, authorId: actor.id, body: data.comment },
        ...data.indicatorComments.map((c) => ({ diagnosisId: current.id, indicatorCode: c.indicator, authorId: actor.id, body: c.body })),
      ],
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.return",
      entityType: "Diagnosis",
      entityId: current.id,
      before: { status: current.status, version: current.version, reviewerId: current.reviewerId, reviewComment: current.reviewComment },
      after: {
        status: to,
        version: current.version + 1,
        reviewerId: actor.id,
        reviewComment: data.comment,
        indicatorComments: data.indicatorComments,
      },
    });
    await notifyUsers(
      tx,
      [current.assessorId],
      { kind: "DIAGNOSIS_RETURNED", clusterId: current.clusterId, diagnosisId: current.id },
      actor.id,
    );
    return { id: current.id, status: to };
  });
}
