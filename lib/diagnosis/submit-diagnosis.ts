import "server-only";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import type { Answers } from "@/lib/diagnosis/answers";
import { evaluateAnswers, submissionGaps } from "@/lib/diagnosis/evaluation";
import { notifyUsers, reviewersOf } from "@/lib/diagnosis/notify";
import { deleteStoredEvidence, removeDroppedEvidence } from "@/lib/diagnosis/remove-evidence";
import { prepareEdit, writeAnswers } from "@/lib/diagnosis/save-draft";
import { submitDiagnosisSchema } from "@/lib/diagnosis/schema";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

/**
 * Saves the final answers and hands the diagnosis to the cluster's consultants.
 * Completeness is the engine's: when `diagnose` finds too little data, or an N/A
 * lacks its reason, the diagnosis stays a draft and ONE error names everything
 * to fix (unanswered indicators per group and the missing reasons together). Like
 * a save, it removes the evidence files the answers no longer point at.
 */
export async function submitDiagnosis({ actor, input, storage = getStorage() }: StorageVerbArgs) {
  if (!can(actor.role, "diagnosis:fill")) throw new AppError("FORBIDDEN");
  const data = submitDiagnosisSchema.parse(input);
  const { result, removedKeys } = await prisma.$transaction(async (tx) => {
    const { current, to, instrument, answers } = await prepareEdit(tx, actor, data as typeof data & { answers: Answers }, "SUBMIT");
    const removedKeys = await removeDroppedEvidence(tx, actor, current, answers);
    const { result } = evaluateAnswers(instrument, answers);
    const gaps = submissionGaps(instrument, answers, result);
    if (gaps || result.status === "INSUFFICIENT_DATA") {
      throw new AppError("INVALID_INPUT", "incomplete diagnosis", {
        reason: "INCOMPLETE",
        missing: gaps?.groups ?? [],
        reasonMissing: gaps?.reasonMissing ?? [],
      });
    }
    const submittedAt = new Date();
    const saved = await writeAnswers(tx, current.id, current.version, {
      answers: answers as Prisma.InputJsonValue,
      status: to,
      submittedAt,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "diagnosis.submit",
      entityType: "Diagnosis",
      entityId: current.id,
      before: { status: current.status, version: current.version, answers: current.answers },
      after: { status: to, version: saved.version, answers, provisionalStage: result.stage },
    });
    await notifyUsers(tx, await reviewersOf(tx, current.clusterId), {
      kind: current.role === "SECOND" ? "SECOND_SUBMITTED" : "DIAGNOSIS_SUBMITTED",
      clusterId: current.clusterId,
      // A second scoring is reviewed on its primary's page.
      diagnosisId: current.primaryId ?? current.id,
    });
    return { result: { id: current.id, version: saved.version, status: to }, removedKeys };
  });
  await deleteStoredEvidence(storage, removedKeys);
  return result;
}
