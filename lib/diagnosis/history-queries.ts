import "server-only";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { Answers } from "@/lib/diagnosis/answers";
import { diagnosisReadWhere } from "@/lib/diagnosis/access";
import { notificationsWhere } from "@/lib/diagnosis/notifications";
import type { StoredResult } from "@/lib/diagnosis/evaluation";
import { OPEN_STATUSES } from "@/lib/diagnosis/transitions";

/** The diagnosis section of a cluster page: its diagnoses, stage history and the last two approved answers. Null when not visible. */
export async function getClusterDiagnoses(clusterId: string) {
  const user = await requireUser("diagnosis:read");
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterAccessWhere(user)] },
    select: { id: true, currentStage: true, status: true },
  });
  if (!cluster) return null;
  const [diagnoses, history, approved] = await Promise.all([
    prisma.diagnosis.findMany({
      where: { AND: [{ clusterId }, diagnosisReadWhere(user)] },
      orderBy: [{ createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        role: true,
        status: true,
        createdAt: true,
        submittedAt: true,
        approvedAt: true,
        resultStage: true,
        assessor: { select: { name: true } },
        instrumentVersion: true,
      },
    }),
    prisma.stageHistory.findMany({
      where: { clusterId, diagnosis: diagnosisReadWhere(user) },
      orderBy: { decidedAt: "asc" },
      select: { id: true, stage: true, decidedAt: true, diagnosisId: true, provinceCode: true },
    }),
    prisma.diagnosis.findMany({
      where: { AND: [{ clusterId, status: "APPROVED", role: "PRIMARY" }, diagnosisReadWhere(user)] },
      orderBy: { approvedAt: "desc" },
      take: 2,
      select: { id: true, approvedAt: true, answers: true, resultStage: true, instrumentCode: true, instrumentVersion: true },
    }),
  ]);
  const hasOpenPrimary = diagnoses.some((d) => d.role === "PRIMARY" && OPEN_STATUSES.includes(d.status));
  return {
    cluster,
    diagnoses,
    history,
    latestTwo: approved.map((a) => ({ ...a, answers: a.answers as Answers })),
    canFill: can(user.role, "diagnosis:fill") && cluster.status === "ACTIVE",
    hasOpenPrimary,
  };
}

/** An approved diagnosis with its stored engine result and the cluster's facts, for the report and its PDF. */
export async function getReport(diagnosisId: string) {
  const user = await requireUser("diagnosis:read");
  const d = await prisma.diagnosis.findFirst({
    where: { AND: [{ id: diagnosisId, status: "APPROVED", role: "PRIMARY" }, diagnosisReadWhere(user)] },
    select: {
      id: true,
      instrumentCode: true,
      instrumentVersion: true,
      approvedAt: true,
      submittedAt: true,
      resultStage: true,
      growthScore: true,
      actionScore: true,
      inputHash: true,
      result: true,
      answers: true,
      reviewComment: true,
      assessor: { select: { name: true } },
      reviewer: { select: { name: true } },
      comments: {
        where: { indicatorCode: { not: null } },
        orderBy: { createdAt: "asc" },
        select: { id: true, indicatorCode: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      cluster: {
        select: {
          id: true,
          name: true,
          commodity: true,
          provinceCode: true,
          yearEstablished: true,
          workerCount: true,
          productionValue: true,
          exportSharePct: true,
          province: { select: { name: true } },
          regency: { select: { name: true } },
          bdsProvider: { select: { name: true } },
          _count: { select: { smes: { where: { status: "ACTIVE" } } } },
        },
      },
    },
  });
  if (!d) return null;
  const { comments, ...report } = d;
  return {
    ...report,
    // The per-indicator comments written with the approval (earlier ones belonged to returns, since addressed).
    approvalComments: comments.filter((c) => d.approvedAt && c.createdAt.getTime() >= d.approvedAt.getTime()),
    answers: d.answers as Answers,
    result: d.result as unknown as StoredResult,
  };
}

export async function countUnreadNotifications() {
  const user = await requireUser();
  return prisma.notification.count({ where: { AND: [notificationsWhere(user), { readAt: null }] } });
}

export async function listNotifications() {
  const user = await requireUser();
  return prisma.notification.findMany({
    where: notificationsWhere(user),
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, readAt: true, createdAt: true, diagnosisId: true, cluster: { select: { name: true } } },
  });
}
