/**
 * Demo diagnoses: approved diagnoses over the past years for some demo sentra,
 * scored by the engine (all three stages appear; some sentra move up, one falls
 * back), plus one SUBMITTED diagnosis waiting for konsultan@sentra.test and one
 * DRAFT. Idempotent: fixed ids, and rows that exist are left as they are.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Stage } from "../lib/generated/prisma/enums";
import type { Level } from "../lib/diagnosis/engine";
import type { Answers } from "../lib/diagnosis/answers";
import { approvalFor, approvedColumns } from "../lib/diagnosis/evaluation";
import { CURRENT_INSTRUMENT } from "../lib/diagnosis/instruments";

type Db = Pick<PrismaClient, "user" | "cluster" | "diagnosis" | "diagnosisScore" | "stageHistory" | "notification">;

/** Base level per factor group; the per-indicator pattern keeps profiles uneven, as real ones are. */
type Profile = Record<
  "FACTOR_CONDITIONS" | "DEMAND_CONDITIONS" | "RELATED_SUPPORTING" | "COMPETITION_COOPERATION" | "ACTION_CAPACITY",
  number
>;

const SURVIVAL: Profile = {
  FACTOR_CONDITIONS: 2,
  DEMAND_CONDITIONS: 3,
  RELATED_SUPPORTING: 2,
  COMPETITION_COOPERATION: 2,
  ACTION_CAPACITY: 2,
};
const ADVANCE: Profile = {
  FACTOR_CONDITIONS: 3,
  DEMAND_CONDITIONS: 4,
  RELATED_SUPPORTING: 3,
  COMPETITION_COOPERATION: 3,
  ACTION_CAPACITY: 3,
};
const MATURE: Profile = {
  FACTOR_CONDITIONS: 4,
  DEMAND_CONDITIONS: 5,
  RELATED_SUPPORTING: 4,
  COMPETITION_COOPERATION: 4,
  ACTION_CAPACITY: 4,
};
const PATTERN = [0, 1, -1, 0, 1, 0, -1, 0, 0];

interface Seeded {
  id: string;
  cluster: string;
  profile: Profile;
  /** Pattern shift, so two diagnoses of one sentra differ indicator by indicator. */
  shift: number;
  expect: Stage;
  approvedAt: string;
  reviewer: "consultant" | "consultant2";
}

const APPROVED: Seeded[] = [
  {
    id: "demo-diag-batik-laweyan-2023",
    cluster: "batik-laweyan",
    profile: SURVIVAL,
    shift: 0,
    expect: "SURVIVAL",
    approvedAt: "2023-03-14",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-batik-laweyan-2024",
    cluster: "batik-laweyan",
    profile: ADVANCE,
    shift: 2,
    expect: "ADVANCE",
    approvedAt: "2024-09-02",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-batik-laweyan-2025",
    cluster: "batik-laweyan",
    profile: MATURE,
    shift: 4,
    expect: "MATURE",
    approvedAt: "2025-10-21",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-mebel-jepara-2024",
    cluster: "mebel-jepara",
    profile: ADVANCE,
    shift: 1,
    expect: "ADVANCE",
    approvedAt: "2024-05-08",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-mebel-jepara-2025",
    cluster: "mebel-jepara",
    profile: MATURE,
    shift: 3,
    expect: "MATURE",
    approvedAt: "2025-08-19",
    reviewer: "consultant",
  },
  // Falls back: the rattan export market shrank and joint action fell apart.
  {
    id: "demo-diag-rotan-trangsan-2024",
    cluster: "rotan-trangsan",
    profile: ADVANCE,
    shift: 0,
    expect: "ADVANCE",
    approvedAt: "2024-02-27",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-rotan-trangsan-2025",
    cluster: "rotan-trangsan",
    profile: { ...ADVANCE, DEMAND_CONDITIONS: 2, COMPETITION_COOPERATION: 2, ACTION_CAPACITY: 2 },
    shift: 5,
    expect: "SURVIVAL",
    approvedAt: "2025-11-12",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-perak-kotagede-2025",
    cluster: "perak-kotagede",
    profile: ADVANCE,
    shift: 6,
    expect: "ADVANCE",
    approvedAt: "2025-06-30",
    reviewer: "consultant",
  },
  {
    id: "demo-diag-batik-trusmi-2025",
    cluster: "batik-trusmi",
    profile: MATURE,
    shift: 7,
    expect: "MATURE",
    approvedAt: "2025-04-16",
    reviewer: "consultant2",
  },
  {
    id: "demo-diag-sepatu-cibaduyut-2025",
    cluster: "sepatu-cibaduyut",
    profile: SURVIVAL,
    shift: 8,
    expect: "SURVIVAL",
    approvedAt: "2025-07-03",
    reviewer: "consultant2",
  },
];

const clamp = (n: number) => Math.min(5, Math.max(1, n)) as Level;

function answersFor(profile: Profile, shift: number, note: string): Answers {
  const answers: Answers = {};
  for (const group of CURRENT_INSTRUMENT.groups) {
    group.indicators.forEach((indicator, i) => {
      const level = clamp(profile[group.code as keyof Profile] + PATTERN[(i + shift) % PATTERN.length]!);
      answers[indicator.code] = i % 3 === 0 ? { level, evidence: note } : { level };
    });
  }
  return answers;
}

export async function seedDemoDiagnoses(db: Db): Promise<void> {
  const user = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const staff = await user("staf@sentra.test");
  const reviewers = { consultant: await user("konsultan@sentra.test"), consultant2: await user("konsultan2@sentra.test") };
  const instrument = { instrumentCode: CURRENT_INSTRUMENT.code, instrumentVersion: CURRENT_INSTRUMENT.version };

  for (const s of APPROVED) {
    const clusterId = `demo-${s.cluster}`;
    const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId }, select: { provinceCode: true } });
    const answers = answersFor(s.profile, s.shift, `Kunjungan lapangan dan wawancara pengurus sentra, ${s.approvedAt.slice(0, 4)}.`);
    const approval = approvalFor(CURRENT_INSTRUMENT, answers);
    if (!approval || approval.stage !== s.expect)
      throw new Error(`Demo diagnosis ${s.id}: the engine gives ${approval?.stage ?? "INSUFFICIENT_DATA"}, expected ${s.expect}`);
    const approvedAt = new Date(`${s.approvedAt}T10:00:00+07:00`);
    const submittedAt = new Date(approvedAt.getTime() - 9 * 24 * 3600 * 1000);
    const exists = await db.diagnosis.findUnique({ where: { id: s.id }, select: { id: true } });
    if (exists) continue;
    await db.diagnosis.create({
      data: {
        id: s.id,
        clusterId,
        ...instrument,
        status: "APPROVED",
        assessorId: staff,
        reviewerId: reviewers[s.reviewer],
        answers: answers as object,
        submittedAt,
        approvedAt,
        ...approvedColumns(approval),
        version: 3,
        createdAt: new Date(submittedAt.getTime() - 14 * 24 * 3600 * 1000),
      },
    });
    await db.diagnosisScore.createMany({ data: approval.scoreRows.map((row) => ({ ...row, diagnosisId: s.id, clusterId })) });
    await db.stageHistory.create({
      data: { clusterId, diagnosisId: s.id, stage: approval.stage, provinceCode: cluster.provinceCode, decidedAt: approvedAt },
    });
  }
  // The current stage is the latest decided one, whatever was seeded or approved since.
  for (const clusterId of new Set(APPROVED.map((s) => `demo-${s.cluster}`))) {
    const latest = await db.stageHistory.findFirst({ where: { clusterId }, orderBy: { decidedAt: "desc" }, select: { stage: true } });
    if (latest) await db.cluster.update({ where: { id: clusterId }, data: { currentStage: latest.stage } });
  }

  // Waiting for konsultan@sentra.test: a complete diagnosis of the Jepara furniture centre.
  const submittedId = "demo-diag-mebel-jepara-2026";
  if (!(await db.diagnosis.findUnique({ where: { id: submittedId }, select: { id: true } }))) {
    const answers = answersFor({ ...MATURE, RELATED_SUPPORTING: 3 }, 2, "Data Dinas Koperasi dan UKM Jepara 2026.");
    await db.diagnosis.create({
      data: {
        id: submittedId,
        clusterId: "demo-mebel-jepara",
        ...instrument,
        status: "SUBMITTED",
        assessorId: staff,
        answers: answers as object,
        submittedAt: new Date("2026-11-20T09:30:00+07:00"),
        version: 2,
      },
    });
    await db.notification.create({
      data: {
        id: "demo-notif-mebel-jepara-2026",
        userId: reviewers.consultant,
        kind: "DIAGNOSIS_SUBMITTED",
        clusterId: "demo-mebel-jepara",
        diagnosisId: submittedId,
      },
    });
  }
  // A draft in progress, about half answered.
  const draftId = "demo-diag-bordir-tasik-draft";
  if (!(await db.diagnosis.findUnique({ where: { id: draftId }, select: { id: true } }))) {
    const all = answersFor(ADVANCE, 4, "Catatan kunjungan awal.");
    const answers = Object.fromEntries(Object.entries(all).slice(0, 10));
    await db.diagnosis.create({
      data: {
        id: draftId,
        clusterId: "demo-bordir-tasik",
        ...instrument,
        status: "DRAFT",
        assessorId: staff,
        answers: answers as object,
        version: 4,
      },
    });
  }
}
