import "server-only";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { Answers } from "@/lib/diagnosis/answers";
import { diagnosisEditWhere, diagnosisReadWhere, hasContributed, lastSave } from "@/lib/diagnosis/access";
import { ANSWERS_SELECT } from "@/lib/diagnosis/select";
import { EDITABLE_STATUSES, OPEN_STATUSES } from "@/lib/diagnosis/transitions";

// Server-only reads for the diagnosis pages. Every query checks the permission
// and spreads the row-level rule (diagnosisReadWhere / clusterAccessWhere), so
// another consultant's cluster or a blinded scoring is simply not found (null).

const FILE_SELECT = { id: true, indicatorCode: true, fileName: true, contentType: true, size: true } as const;

/** Which page a diagnosis opens on for this user, or null when it is not visible. */
export async function findDiagnosisRoute(diagnosisId: string) {
  const user = await requireUser("diagnosis:read");
  const d = await prisma.diagnosis.findFirst({
    where: { AND: [{ id: diagnosisId }, diagnosisReadWhere(user)] },
    select: { id: true, status: true, role: true, primaryId: true },
  });
  if (!d) return null;
  if (d.status === "APPROVED") return `/diagnoses/${d.id}/report`;
  if (can(user.role, "diagnosis:fill") && EDITABLE_STATUSES.includes(d.status)) return `/diagnoses/${d.id}/edit`;
  if (d.role === "SECOND" && d.primaryId && can(user.role, "diagnosis:review")) return `/diagnoses/${d.primaryId}/review`;
  return `/diagnoses/${d.id}/review`;
}

/** Everything the assessor's form needs, or null. */
export async function getDiagnosisForEdit(diagnosisId: string) {
  const user = await requireUser("diagnosis:fill");
  const d = await prisma.diagnosis.findFirst({
    where: { AND: [{ id: diagnosisId }, diagnosisEditWhere(user)] },
    select: {
      id: true,
      role: true,
      status: true,
      version: true,
      answers: true,
      instrumentCode: true,
      instrumentVersion: true,
      reviewComment: true,
      returnedAt: true,
      updatedAt: true,
      cluster: { select: { id: true, name: true } },
      assessor: { select: { name: true } },
      evidenceFiles: { select: FILE_SELECT, orderBy: { createdAt: "asc" } },
      comments: {
        select: { id: true, indicatorCode: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!d) return null;
  const saved = await lastSave(prisma, d.id);
  // When the answers on the server were last written, for "saved on ..." on reopening. Version 1 is
  // the empty draft as started; a row without audit rows (demo data) falls back to its own timestamp.
  const savedAt = d.version > 1 ? (saved?.savedAt ?? d.updatedAt.toISOString()) : null;
  return { ...d, answers: d.answers as Answers, savedAt };
}

/** A submitted (or decided) primary diagnosis with its blind second scorings, for the reviewer. */
export async function getDiagnosisForReview(diagnosisId: string) {
  const user = await requireUser("diagnosis:read");
  const d = await prisma.diagnosis.findFirst({
    where: { AND: [{ id: diagnosisId, role: "PRIMARY" }, diagnosisReadWhere(user)] },
    select: {
      id: true,
      ...ANSWERS_SELECT,
      submittedAt: true,
      approvedAt: true,
      reviewComment: true,
      cluster: {
        select: { id: true, name: true, currentStage: true, commodity: true, provinceCode: true, province: { select: { name: true } } },
      },
      assessor: { select: { name: true } },
      reviewer: { select: { name: true } },
      evidenceFiles: { select: FILE_SELECT },
      comments: {
        select: { id: true, indicatorCode: true, body: true, createdAt: true, author: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
      secondScorings: {
        where: { status: "SUBMITTED" },
        select: { id: true, answers: true, submittedAt: true, assessor: { select: { name: true } } },
        orderBy: { submittedAt: "asc" },
      },
    },
  });
  if (!d) return null;
  const mayReview = can(user.role, "diagnosis:review");
  const isOwn = mayReview && (await hasContributed(prisma, user.id, d));
  return {
    ...d,
    answers: d.answers as Answers,
    secondScorings: d.secondScorings.map((s) => ({ ...s, answers: s.answers as Answers })),
    mayDecide: mayReview && !isOwn,
    isOwn,
  };
}

/** Assigned clusters' diagnoses waiting for review, newest first, and each cluster's latest stage and open diagnoses. */
export async function listReviewQueue() {
  const user = await requireUser("diagnosis:review");
  const access = clusterAccessWhere(user);
  const waiting = await prisma.diagnosis.findMany({
    where: { AND: [{ status: "SUBMITTED", role: "PRIMARY" }, diagnosisReadWhere(user)] },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      submittedAt: true,
      returnedAt: true,
      cluster: { select: { id: true, name: true, currentStage: true, province: { select: { name: true } } } },
      assessor: { select: { name: true } },
      _count: { select: { secondScorings: { where: { status: "SUBMITTED" } } } },
    },
  });
  const clusters = await prisma.cluster.findMany({
    where: {
      AND: [
        access,
        { status: "ACTIVE" },
        // Admins see every cluster: list only those with work in progress.
        user.role === "CONSULTANT" ? {} : { diagnoses: { some: { status: { in: OPEN_STATUSES } } } },
      ],
    },
    orderBy: { name: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      currentStage: true,
      stageHistory: { orderBy: { decidedAt: "desc" }, take: 1, select: { decidedAt: true } },
      _count: { select: { diagnoses: { where: { role: "PRIMARY", status: { in: OPEN_STATUSES } } } } },
    },
  });
  return { waiting, clusters };
}
