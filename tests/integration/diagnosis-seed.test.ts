import { describe, expect, it } from "vitest";
import { approvalFor } from "@/lib/diagnosis/evaluation";
import { getInstrument } from "@/lib/diagnosis/instruments";
import type { Answers } from "@/lib/diagnosis/answers";
import { seedDemo } from "@/prisma/seed";
import { DEMO_SEED_TWICE_MS, prisma } from "../support/db";

describe("demo diagnoses", () => {
  it(
    "are engine results with all three stages, ups and a fall back, one waiting for konsultan, one draft; idempotent",
    async () => {
      await seedDemo(process.env.DATABASE_URL!, () => {});
      const counts = async () => ({
        diagnoses: await prisma.diagnosis.count(),
        scores: await prisma.diagnosisScore.count(),
        history: await prisma.stageHistory.count(),
        notifications: await prisma.notification.count(),
      });
      const first = await counts();
      await seedDemo(process.env.DATABASE_URL!, () => {});
      expect(await counts()).toEqual(first);

      const approved = await prisma.diagnosis.findMany({ where: { status: "APPROVED" }, orderBy: { approvedAt: "asc" } });
      expect(new Set(approved.map((d) => d.resultStage))).toEqual(new Set(["SURVIVAL", "ADVANCE", "MATURE"]));
      for (const d of approved) {
        // Stored results recompute exactly from the stored answers and pinned instrument.
        const again = approvalFor(getInstrument(d.instrumentCode, d.instrumentVersion), d.answers as Answers)!;
        expect(again.stage).toBe(d.resultStage);
        expect(again.inputHash).toBe(d.inputHash);
      }
      const stages = async (clusterId: string) =>
        (await prisma.stageHistory.findMany({ where: { clusterId }, orderBy: { decidedAt: "asc" } })).map((h) => h.stage);
      expect(await stages("demo-batik-laweyan")).toEqual(["SURVIVAL", "ADVANCE", "MATURE"]);
      expect(await stages("demo-rotan-trangsan")).toEqual(["ADVANCE", "SURVIVAL"]);
      expect((await prisma.cluster.findUniqueOrThrow({ where: { id: "demo-rotan-trangsan" } })).currentStage).toBe("SURVIVAL");

      const konsultan = await prisma.user.findUniqueOrThrow({ where: { email: "konsultan@sentra.test" } });
      const waiting = await prisma.diagnosis.findMany({
        where: { status: "SUBMITTED", cluster: { assignments: { some: { consultantId: konsultan.id } } } },
      });
      expect(waiting).toHaveLength(1);
      expect(await prisma.notification.count({ where: { userId: konsultan.id, diagnosisId: waiting[0]!.id, readAt: null } })).toBe(1);
      expect(await prisma.diagnosis.count({ where: { status: "DRAFT" } })).toBe(1);
    },
    DEMO_SEED_TWICE_MS,
  );
});
