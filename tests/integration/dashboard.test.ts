import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { clusterListWhere } from "@/lib/clusters/queries";
import { getFactorScores, getHoldsBack } from "@/lib/dashboard/factors";
import { dashboardParams, drillHref, parseDashboardParams, type DashboardParams } from "@/lib/dashboard/filters";
import { PROVINCE_TILES } from "@/lib/dashboard/province-grid";
import { tableHtml } from "@/lib/dashboard/table-html";
import { loadDatasets } from "@/lib/dashboard/queries";
import { getDataState, refreshSummariesNow } from "@/lib/dashboard/summary";
import { getMovement, getSupportEffect, getTimeToMove } from "@/lib/dashboard/movement";
import { getPipeline } from "@/lib/dashboard/pipeline";
import { clusterScopeSql, SqlParams, type SourceOptions } from "@/lib/dashboard/sql";
import { getStageOverview } from "@/lib/dashboard/stages";
import { getMoney, getServices } from "@/lib/dashboard/support";
import { getPool } from "@/lib/db";
import type { Stage } from "@/lib/generated/prisma/enums";
import { makeCluster, makeProvider, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const P = (raw: Record<string, unknown> = {}): DashboardParams => dashboardParams.parse(raw);
// Noon in Jakarta, so no date sits near a day or year boundary.
const at = (day: string) => new Date(day.includes("T") ? day : `${day}T05:00:00Z`);
const NOW = new Date("2026-06-30T05:00:00Z");
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

const GROUPS = ["FACTOR_CONDITIONS", "DEMAND_CONDITIONS", "RELATED_SUPPORTING", "COMPETITION_COOPERATION", "ACTION_CAPACITY"] as const;

let seq = 0;
/** An approved diagnosis with its StageHistory row and score rows, as approveDiagnosis writes them. */
async function approved(
  assessorId: string,
  clusterId: string,
  day: string,
  stage: Stage,
  provinceCode: string,
  opts: { scores?: number[]; holds?: string[]; version?: string } = {},
) {
  const id = `dx-${++seq}`;
  await prisma.diagnosis.create({
    data: {
      id,
      clusterId,
      instrumentCode: "SENTRA-DIAG",
      instrumentVersion: opts.version ?? "2026.1",
      status: "APPROVED",
      assessorId,
      submittedAt: at(day),
      approvedAt: at(day),
      resultStage: stage,
      createdAt: at(day),
    },
  });
  await prisma.stageHistory.create({ data: { clusterId, diagnosisId: id, stage, provinceCode, decidedAt: at(day) } });
  const scores = opts.scores ?? [50, 50, 50, 50, 50];
  await prisma.diagnosisScore.createMany({
    data: [
      ...GROUPS.map((groupCode, i) => ({ diagnosisId: id, clusterId, groupCode, indicatorCode: null, score: scores[i]!, level: null })),
      ...["FC_GEN_LOCATION", "DC_TREND", "RS_LOCAL_BDS"].map((code) => ({
        diagnosisId: id,
        clusterId,
        groupCode: code.startsWith("FC") ? "FACTOR_CONDITIONS" : code.startsWith("DC") ? "DEMAND_CONDITIONS" : "RELATED_SUPPORTING",
        indicatorCode: code,
        score: 50,
        level: 3,
        holdsBack: (opts.holds ?? []).includes(code),
      })),
    ],
  });
  return id;
}

async function openDiagnosis(
  assessorId: string,
  clusterId: string,
  status: "DRAFT" | "SUBMITTED" | "RETURNED",
  submittedAt: Date | null,
  role: "PRIMARY" | "SECOND" = "PRIMARY",
) {
  await prisma.diagnosis.create({
    data: {
      clusterId,
      instrumentCode: "SENTRA-DIAG",
      instrumentVersion: "2026.1",
      status,
      assessorId,
      submittedAt,
      role,
      createdAt: at("2026-01-05"),
    },
  });
}

/**
 * The fixture (computed by hand in the tests below):
 *  A  Batik,   33, S 2023-03-01 → A 2024-02-01 → M 2025-05-01          (two moves up; consultant K; provider P1)
 *  B  Mebel,   33, A 2023-06-01 → S 2024-06-01                         (fell back; provider P1)
 *  C  Batik,   now 34; S 2023-01-10 (in 33) → S 2024-09-01 (in 33) → A 2025-03-01 (in 34)   (changed province; K)
 *  D  Gerabah, 34, never diagnosed; E Batik, 35, never diagnosed; F archived (ignored everywhere).
 */
async function fixture() {
  const staff = await actorWithRole("STAFF");
  const p1 = await makeProvider(prisma, { name: "LPB Satu" });
  const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: p1.id });
  const other = await actorWithRole("CONSULTANT");
  const A = await makeCluster(prisma, { id: "A", name: "Sentra A", commodity: "Batik", provinceCode: "33", bdsProviderId: p1.id });
  const B = await makeCluster(prisma, { id: "B", name: "Sentra B", commodity: "Mebel", provinceCode: "33", bdsProviderId: p1.id });
  const C = await makeCluster(prisma, { id: "C", name: "Sentra C", commodity: "Batik", provinceCode: "34" });
  const D = await makeCluster(prisma, { id: "D", name: "Sentra D", commodity: "Gerabah", provinceCode: "34" });
  const E = await makeCluster(prisma, { id: "E", name: "Sentra E", commodity: "Batik", provinceCode: "35" });
  const F = await makeCluster(prisma, { id: "F", name: "Sentra F", commodity: "Mebel", provinceCode: "35" });
  const s = staff.id;

  await approved(s, A.id, "2023-03-01", "SURVIVAL", "33", { scores: [10, 10, 10, 10, 10], holds: ["RS_LOCAL_BDS"] });
  await approved(s, A.id, "2024-02-01", "ADVANCE", "33", { scores: [20, 20, 20, 20, 20], holds: ["RS_LOCAL_BDS"] });
  await approved(s, A.id, "2025-05-01", "MATURE", "33", { scores: [80, 70, 60, 90, 75], holds: ["FC_GEN_LOCATION"] });
  await approved(s, B.id, "2023-06-01", "ADVANCE", "33", { scores: [60, 60, 60, 60, 60] });
  await approved(s, B.id, "2024-06-01", "SURVIVAL", "33", { scores: [30, 40, 20, 35, 25], holds: ["FC_GEN_LOCATION", "DC_TREND"] });
  await approved(s, C.id, "2023-01-10", "SURVIVAL", "33", { scores: [15, 15, 15, 15, 15] });
  await approved(s, C.id, "2024-09-01", "SURVIVAL", "33", { scores: [25, 25, 25, 25, 25] });
  await approved(s, C.id, "2025-03-01", "ADVANCE", "34", { scores: [50, 55, 45, 40, 65], holds: ["DC_TREND"] });
  await approved(s, F.id, "2023-01-01", "SURVIVAL", "35");
  await approved(s, F.id, "2024-01-01", "MATURE", "35", { holds: ["DC_TREND"] });
  for (const [id, stage] of [
    ["A", "MATURE"],
    ["B", "SURVIVAL"],
    ["C", "ADVANCE"],
    ["F", "MATURE"],
  ] as const) {
    await prisma.cluster.update({ where: { id }, data: { currentStage: stage } });
  }
  await prisma.cluster.update({ where: { id: F.id }, data: { status: "ARCHIVED", archivedAt: at("2025-01-01") } });

  await openDiagnosis(s, A.id, "SUBMITTED", daysBefore(40));
  await openDiagnosis(s, A.id, "SUBMITTED", daysBefore(3), "SECOND");
  await openDiagnosis(s, D.id, "SUBMITTED", daysBefore(10));
  await openDiagnosis(s, E.id, "DRAFT", null);
  await openDiagnosis(s, B.id, "RETURNED", daysBefore(20));
  await openDiagnosis(s, F.id, "SUBMITTED", daysBefore(100));

  await prisma.consultantAssignment.createMany({
    data: [
      { consultantId: consultant.id, clusterId: A.id },
      { consultantId: consultant.id, clusterId: C.id },
      { consultantId: other.id, clusterId: F.id },
    ],
  });

  // Support: a service to A between its 2024 and 2025 diagnoses; a disbursement to B's SME between its two.
  await prisma.serviceDelivery.create({
    data: {
      providerId: p1.id,
      clusterId: A.id,
      service: "MENTORING",
      deliveredOn: new Date("2024-12-01"),
      participantCount: 10,
      recordedById: s,
    },
  });
  await prisma.serviceDelivery.create({
    data: {
      providerId: p1.id,
      clusterId: D.id,
      service: "TRAINING",
      deliveredOn: new Date("2025-01-15"),
      participantCount: 5,
      recordedById: s,
    },
  });
  await prisma.serviceDelivery.create({
    data: {
      providerId: p1.id,
      clusterId: F.id,
      service: "TRAINING",
      deliveredOn: new Date("2025-01-15"),
      participantCount: 7,
      recordedById: s,
    },
  });

  const smeB = await makeSme(prisma, { clusterId: B.id });
  const smeE = await makeSme(prisma, { clusterId: E.id });
  const programme = await prisma.mapProgramme.create({ data: { name: "MAP Uji", year: 2024, budget: 1_000_000_000n } });
  const ksp = await prisma.mapChannel.create({ data: { programmeId: programme.id, channel: "KSP_USP", ceiling: 500_000_000n } });
  const lkm = await prisma.mapChannel.create({ data: { programmeId: programme.id, channel: "LKM", ceiling: 100_000_000n } });
  const i1 = await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP Satu", provinceCode: "33" } });
  const i2 = await prisma.financialInstitution.create({ data: { type: "LKM", name: "LKM Dua", provinceCode: "35" } });
  await prisma.mapAllocation.create({
    data: { channelId: ksp.id, institutionId: i1.id, amount: 200_000_000n, allocatedOn: new Date("2024-01-10"), recordedById: s },
  });
  await prisma.mapAllocation.create({
    data: { channelId: lkm.id, institutionId: i2.id, amount: 50_000_000n, allocatedOn: new Date("2025-01-10"), recordedById: s },
  });
  const dB = await prisma.disbursement.create({
    data: {
      institutionId: i1.id,
      smeId: smeB.id,
      amount: 10_000_000n,
      disbursedOn: new Date("2024-03-01"),
      purpose: "Modal kerja",
      termMonths: 12,
      dueOn: new Date("2025-03-01"),
      recordedById: s,
    },
  });
  const dE = await prisma.disbursement.create({
    data: {
      institutionId: i2.id,
      smeId: smeE.id,
      amount: 5_000_000n,
      disbursedOn: new Date("2025-02-01"),
      purpose: "Alat",
      termMonths: 6,
      dueOn: new Date("2025-08-01"),
      recordedById: s,
    },
  });
  await prisma.repayment.createMany({
    data: [
      { disbursementId: dB.id, amount: 4_000_000n, paidOn: new Date("2024-06-01"), recordedById: s },
      { disbursementId: dB.id, amount: 1_000_000n, paidOn: new Date("2025-02-01"), recordedById: s },
      { disbursementId: dE.id, amount: 6_000_000n, paidOn: new Date("2025-05-01"), recordedById: s },
    ],
  });
  const manager = await actorWithRole("MANAGER");
  return { manager, consultant, other, staff };
}

const counts = (s: number, a: number, m: number, n: number) => ({ SURVIVAL: s, ADVANCE: a, MATURE: m, NONE: n });

type User = Pick<SessionUser, "id" | "role">;

// Every aggregation twice: on the base tables, and on the summary views (refreshed
// after the fixture is written): the numbers must be the same.
for (const summary of [false, true]) {
  const src: SourceOptions = { summary };
  const L = {
    factors: (u: User, p: DashboardParams) => getFactorScores(u, p, src),
    holds: (u: User, p: DashboardParams) => getHoldsBack(u, p, src),
    movement: (u: User, p: DashboardParams) => getMovement(u, p, src),
    time: (u: User, p: DashboardParams) => getTimeToMove(u, p, src),
    effect: (u: User, p: DashboardParams) => getSupportEffect(u, p, src),
    money: (u: User, p: DashboardParams) => getMoney(u, p, src),
  };
  const refresh = async () => {
    if (summary) await getPool().query(`SELECT dashboard_refresh('test')`);
  };
  const setup = async () => {
    const f = await fixture();
    await refresh();
    return f;
  };

  describe(`dashboard aggregations (hand-computed fixture, ${summary ? "summary views" : "base tables"})`, () => {
    it("the SQL scope gives exactly the clusters of clusterAccessWhere, for every role", async () => {
      const { manager, consultant, other, staff } = await setup();
      const admin = await actorWithRole("ADMIN");
      const stranger = { ...manager, role: "UNKNOWN" } as unknown as SessionUser;
      for (const user of [manager, consultant, other, staff, admin, stranger]) {
        const q = new SqlParams();
        const { rows } = await getPool().query<{ id: string }>(
          `SELECT c.id FROM cluster c WHERE ${clusterScopeSql(user, q, "c.id")} ORDER BY c.id`,
          q.values,
        );
        const viaPrisma = await prisma.cluster.findMany({ where: clusterAccessWhere(user), select: { id: true }, orderBy: { id: "asc" } });
        expect(rows.map((r) => r.id)).toEqual(viaPrisma.map((r) => r.id));
      }
    });

    it("stage overview: counts and shares nationally, by current province and by commodity; consultants see their own", async () => {
      const { manager, consultant } = await setup();
      const o = await getStageOverview(manager, P());
      expect(o.total).toBe(5);
      expect(o.national).toEqual([
        { stage: "SURVIVAL", count: 1, share: 0.2 },
        { stage: "ADVANCE", count: 1, share: 0.2 },
        { stage: "MATURE", count: 1, share: 0.2 },
        { stage: "NONE", count: 2, share: 0.4 },
      ]);
      const prov = Object.fromEntries(o.byProvince.map((p) => [p.key, p]));
      expect(o.byProvince).toHaveLength(38);
      expect(prov["33"]).toMatchObject({ total: 2, counts: counts(1, 0, 1, 0) });
      // C changed province: its current stage counts where it is now.
      expect(prov["34"]).toMatchObject({ total: 2, counts: counts(0, 1, 0, 1) });
      expect(prov["35"]).toMatchObject({ total: 1, counts: counts(0, 0, 0, 1) });
      expect(prov["11"]).toMatchObject({ total: 0, counts: counts(0, 0, 0, 0) });
      expect(o.byCommodity).toEqual([
        { key: "Batik", label: "Batik", total: 3, counts: counts(0, 1, 1, 1) },
        { key: "Gerabah", label: "Gerabah", total: 1, counts: counts(0, 0, 0, 1) },
        { key: "Mebel", label: "Mebel", total: 1, counts: counts(1, 0, 0, 0) },
      ]);

      const mine = await getStageOverview(consultant, P());
      expect(mine.total).toBe(2);
      expect(mine.national.map((s) => s.count)).toEqual([0, 1, 1, 0]);

      expect((await getStageOverview(manager, P({ province: "33" }))).total).toBe(2);
      expect((await getStageOverview(manager, P({ commodity: "bat" }))).national.map((s) => s.count)).toEqual([0, 1, 1, 1]);
      expect((await getStageOverview(manager, P({ stage: "NONE" }))).total).toBe(2);
      expect((await getStageOverview(manager, P({ instrument: "1999.1" }))).total).toBe(0);
    });

    it("empty data: zero counts and shares, never a division by zero", async () => {
      const manager = await actorWithRole("MANAGER");
      await refresh();
      const o = await getStageOverview(manager, P());
      expect(o.total).toBe(0);
      expect(o.national.every((s) => s.count === 0 && s.share === 0)).toBe(true);
      expect(await L.factors(manager, P())).toMatchObject({ diagnosed: 0 });
      expect((await L.factors(manager, P())).groups.every((g) => g.average === null)).toBe(true);
      expect(await L.holds(manager, P())).toEqual({ diagnosed: 0, national: [], byProvince: [] });
      expect((await L.movement(manager, P())).totals).toEqual({ up: 0, same: 0, down: 0, total: 0 });
      expect(await L.time(manager, P())).toEqual([]);
      expect((await L.effect(manager, P())).map((g) => g.upShare)).toEqual([0, 0]);
      expect((await getPipeline(manager, P(), NOW)).waiting).toEqual({
        count: 0,
        meanDays: null,
        maxDays: null,
        buckets: { upTo7: 0, upTo30: 0, over30: 0 },
      });
      expect((await L.money(manager, P())).totals).toEqual({ allocated: 0n, disbursed: 0n, outstanding: 0n, disbursements: 0 });
    });

    it("factors: average group scores of each cluster's latest approved diagnosis only", async () => {
      const { manager, consultant } = await setup();
      const f = await L.factors(manager, P());
      expect(f.diagnosed).toBe(3);
      const avg = Object.fromEntries(f.groups.map((g) => [g.group, g.average]));
      // Latest: A (80, 70, 60, 90, 75), B (30, 40, 20, 35, 25), C (50, 55, 45, 40, 65).
      expect(avg.FACTOR_CONDITIONS).toBeCloseTo(160 / 3, 9);
      expect(avg.DEMAND_CONDITIONS).toBeCloseTo(165 / 3, 9);
      expect(avg.RELATED_SUPPORTING).toBeCloseTo(125 / 3, 9);
      expect(avg.COMPETITION_COOPERATION).toBeCloseTo(165 / 3, 9);
      expect(avg.ACTION_CAPACITY).toBeCloseTo(165 / 3, 9);
      expect(f.groups.map((g) => g.group)).toEqual([...GROUPS]);

      const mine = await L.factors(consultant, P());
      expect(mine.diagnosed).toBe(2);
      expect(mine.groups[0]!.average).toBeCloseTo(65, 9);
      expect((await L.factors(manager, P({ province: "34" }))).groups[0]!.average).toBeCloseTo(50, 9);
    });

    it("holds back: indicators of the latest diagnoses, nationally and per current province", async () => {
      const { manager } = await setup();
      const h = await L.holds(manager, P());
      expect(h.diagnosed).toBe(3);
      expect(h.national).toEqual([
        { indicator: "DC_TREND", group: "DEMAND_CONDITIONS", clusters: 2, share: 2 / 3 },
        { indicator: "FC_GEN_LOCATION", group: "FACTOR_CONDITIONS", clusters: 2, share: 2 / 3 },
      ]);
      // Sorted by province name: Daerah Istimewa Yogyakarta (34), Jawa Tengah (33).
      expect(h.byProvince).toEqual([
        {
          code: "34",
          name: "Daerah Istimewa Yogyakarta",
          diagnosed: 1,
          indicators: [{ indicator: "DC_TREND", group: "DEMAND_CONDITIONS", clusters: 1, share: 1 }],
        },
        {
          code: "33",
          name: "Jawa Tengah",
          diagnosed: 2,
          indicators: [
            { indicator: "FC_GEN_LOCATION", group: "FACTOR_CONDITIONS", clusters: 2, share: 1 },
            { indicator: "DC_TREND", group: "DEMAND_CONDITIONS", clusters: 1, share: 0.5 },
          ],
        },
      ]);
    });

    it("movement: up / same / down from consecutive diagnoses, attributed to the province at the later diagnosis", async () => {
      const { manager, consultant } = await setup();
      const m = await L.movement(manager, P());
      expect(m.unit).toBe("year");
      expect(m.periods).toEqual([
        { period: "2024", up: 1, same: 1, down: 1, total: 3 },
        { period: "2025", up: 2, same: 0, down: 0, total: 2 },
      ]);
      // C's 2024 re-diagnosis was in 33, its 2025 move up in 34 (where it had moved).
      expect((await L.movement(manager, P({ province: "33" }))).periods).toEqual([
        { period: "2024", up: 1, same: 1, down: 1, total: 3 },
        { period: "2025", up: 1, same: 0, down: 0, total: 1 },
      ]);
      expect((await L.movement(manager, P({ province: "34" }))).periods).toEqual([{ period: "2025", up: 1, same: 0, down: 0, total: 1 }]);
      const q = await L.movement(manager, P({ year: 2025 }));
      expect(q.unit).toBe("quarter");
      expect(q.periods).toEqual([
        { period: "2025-Q1", up: 1, same: 0, down: 0, total: 1 },
        { period: "2025-Q2", up: 1, same: 0, down: 0, total: 1 },
        { period: "2025-Q3", up: 0, same: 0, down: 0, total: 0 },
        { period: "2025-Q4", up: 0, same: 0, down: 0, total: 0 },
      ]);
      expect((await L.movement(consultant, P())).totals).toEqual({ up: 3, same: 1, down: 0, total: 4 });
    });

    it("years and quarters are Jakarta's: a decision at 01:00 on 1 January in Jakarta (still 31 December in UTC) is next year's", async () => {
      const staff = await actorWithRole("STAFF");
      const manager = await actorWithRole("MANAGER");
      const c = await makeCluster(prisma, { id: "TZ", provinceCode: "33" });
      await approved(staff.id, c.id, "2024-06-01", "SURVIVAL", "33");
      await approved(staff.id, c.id, "2024-12-31T18:00:00Z", "ADVANCE", "33");
      await refresh();
      expect((await L.movement(manager, P())).periods).toEqual([{ period: "2025", up: 1, same: 0, down: 0, total: 1 }]);
      expect((await L.movement(manager, P({ year: 2025 }))).periods[0]).toEqual({ period: "2025-Q1", up: 1, same: 0, down: 0, total: 1 });
      expect((await L.movement(manager, P({ year: 2024 }))).totals.total).toBe(0);
    });

    it("time to move up: from the first diagnosis at the earlier stage, median and mean days", async () => {
      const { manager } = await setup();
      // S→A: A 2023-03-01 → 2024-02-01 = 337 days; C 2023-01-10 → 2025-03-01 = 781 days (its run at S started 2023). A→M: 455 days.
      expect(await L.time(manager, P())).toEqual([
        { from: "SURVIVAL", to: "ADVANCE", moves: 2, medianDays: 559, meanDays: 559 },
        { from: "ADVANCE", to: "MATURE", moves: 1, medianDays: 455, meanDays: 455 },
      ]);
      expect(await L.time(manager, P({ year: 2024 }))).toEqual([
        { from: "SURVIVAL", to: "ADVANCE", moves: 1, medianDays: 337, meanDays: 337 },
      ]);
    });

    it("support effect: transitions with a service or disbursement between the two diagnoses vs without", async () => {
      const { manager } = await setup();
      expect(await L.effect(manager, P())).toEqual([
        { group: "SUPPORTED", up: 1, same: 0, down: 1, total: 2, upShare: 0.5 },
        { group: "UNSUPPORTED", up: 2, same: 1, down: 0, total: 3, upShare: 2 / 3 },
      ]);
    });

    it("pipeline: primaries by status, reviews waiting and for how long, per consultant and per provider", async () => {
      const { manager, consultant } = await setup();
      const p = await getPipeline(manager, P(), NOW);
      expect(p.byStatus).toEqual({ DRAFT: 1, SUBMITTED: 2, RETURNED: 1, APPROVED: 8 });
      expect(p.total).toBe(12);
      expect(p.waiting.count).toBe(2);
      expect(p.waiting.meanDays).toBeCloseTo(25, 9);
      expect(p.waiting.maxDays).toBeCloseTo(40, 9);
      expect(p.waiting.buckets).toEqual({ upTo7: 0, upTo30: 1, over30: 1 });
      expect(p.byConsultant).toHaveLength(2);
      expect(p.byConsultant[0]).toMatchObject({
        key: consultant.id,
        counts: { DRAFT: 0, SUBMITTED: 1, RETURNED: 0, APPROVED: 6 },
        total: 7,
        waiting: 1,
      });
      expect(p.byConsultant[0]!.meanWaitDays).toBeCloseTo(40, 9);
      expect(p.byConsultant[1]).toMatchObject({
        key: null,
        counts: { DRAFT: 1, SUBMITTED: 1, RETURNED: 1, APPROVED: 2 },
        total: 5,
        waiting: 1,
      });
      expect(p.byConsultant[1]!.meanWaitDays).toBeCloseTo(10, 9);
      expect(p.byProvider.map((r) => [r.label, r.counts])).toEqual([
        ["LPB Satu", { DRAFT: 0, SUBMITTED: 1, RETURNED: 1, APPROVED: 5 }],
        [null, { DRAFT: 1, SUBMITTED: 1, RETURNED: 0, APPROVED: 3 }],
      ]);
      const mine = await getPipeline(consultant, P(), NOW);
      expect(mine.byStatus).toEqual({ DRAFT: 0, SUBMITTED: 1, RETURNED: 0, APPROVED: 6 });
      expect((await getPipeline(manager, P({ year: 2025 }), NOW)).byStatus).toEqual({ DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 2 });
    });

    it("services by type, scoped and by year", async () => {
      const { manager, consultant } = await setup();
      const pick = (rows: Awaited<ReturnType<typeof getServices>>) =>
        rows.filter((r) => r.deliveries > 0).map((r) => [r.service, r.deliveries, r.participants]);
      expect(await getServices(manager, P())).toHaveLength(10);
      expect(pick(await getServices(manager, P()))).toEqual([
        ["TRAINING", 1, 5],
        ["MENTORING", 1, 10],
      ]);
      expect(pick(await getServices(consultant, P()))).toEqual([["MENTORING", 1, 10]]);
      expect(pick(await getServices(manager, P({ year: 2025 })))).toEqual([["TRAINING", 1, 5]]);
    });

    it("money: allocated, disbursed and outstanding by channel and by the institution's province, in whole Rupiah", async () => {
      const { manager, consultant } = await setup();
      const m = await L.money(manager, P());
      expect(m.totals).toEqual({ allocated: 250_000_000n, disbursed: 15_000_000n, outstanding: 5_000_000n, disbursements: 2 });
      const ch = Object.fromEntries(m.byChannel.map((r) => [r.key, [r.allocated, r.disbursed, r.outstanding, r.disbursements]]));
      expect(ch.KSP_USP).toEqual([200_000_000n, 10_000_000n, 5_000_000n, 1]);
      // Over-repaid: outstanding never below zero.
      expect(ch.LKM).toEqual([50_000_000n, 5_000_000n, 0n, 1]);
      expect(ch.GUARANTEE).toEqual([0n, 0n, 0n, 0]);
      expect(m.byProvince.map((r) => [r.key, r.allocated, r.disbursed, r.outstanding])).toEqual([
        ["33", 200_000_000n, 10_000_000n, 5_000_000n],
        ["35", 50_000_000n, 5_000_000n, 0n],
      ]);
      expect((await L.money(manager, P({ year: 2024 }))).totals).toEqual({
        allocated: 200_000_000n,
        disbursed: 10_000_000n,
        outstanding: 6_000_000n,
        disbursements: 1,
      });
      expect((await L.money(manager, P({ province: "35" }))).totals).toEqual({
        allocated: 50_000_000n,
        disbursed: 5_000_000n,
        outstanding: 0n,
        disbursements: 1,
      });
      expect((await L.money(manager, P({ commodity: "Mebel" }))).totals).toEqual({
        allocated: 250_000_000n,
        disbursed: 10_000_000n,
        outstanding: 5_000_000n,
        disbursements: 1,
      });
      expect((await L.money(consultant, P())).totals).toEqual({ allocated: 0n, disbursed: 0n, outstanding: 0n, disbursements: 0 });
    });
  });
}

describe("dashboard summary freshness", () => {
  it("requests that ask for the data state while a read is under way share that read; the next asks again", async () => {
    const first = getDataState();
    const second = getDataState();
    expect(second).toBe(first);
    const state = await first;
    const third = getDataState();
    expect(third).not.toBe(first);
    // A fresh read: the same summary row; the version may have moved on, since
    // PostgreSQL publishes the table counters of earlier tests' writes up to a
    // second late, but never backwards.
    const next = await third;
    expect(next.summary).toEqual(state.summary);
    expect(BigInt(next.version)).toBeGreaterThanOrEqual(BigInt(state.version));
  });

  it("a change reaches the summary-backed charts on the next request: the stale views are refreshed and waited for", async () => {
    const { manager } = await fixture();
    await refreshSummariesNow();
    const write = async (sql: string) => {
      const client = await getPool().connect();
      try {
        await client.query(sql);
        // Publish this connection's table counters now rather than within PostgreSQL's usual second.
        await client.query(`SELECT pg_stat_force_next_flush()`);
        await client.query(`SELECT 1`);
      } finally {
        client.release();
      }
    };
    // The refresh takes milliseconds here, but other test workers share the machine:
    // wait up to 10 s instead of the 400 ms a request waits in production.
    process.env.DASHBOARD_REFRESH_WAIT_MS = "10000";
    try {
      // A write that changes no figure, so that this request runs a refresh: the next
      // may start only as long after it as it took, and the request below must wait
      // for that rather than show the previous summaries (the landing CI of 2026-12-02
      // failed here).
      await write(`UPDATE diagnosis_score SET "holdsBack" = "holdsBack" WHERE "indicatorCode" = 'DC_TREND'`);
      const before = await loadDatasets(manager, P(), ["holdsBack"]);
      expect(before.holdsBack.data.diagnosed).toBe(3);
      expect(before.holdsBack.data.national.map((r) => r.clusters)).toEqual([2, 2]);

      await write(`UPDATE diagnosis_score SET "holdsBack" = false WHERE "indicatorCode" = 'DC_TREND'`);
      const after = await loadDatasets(manager, P(), ["holdsBack"]);
      expect(after.holdsBack.data.national).toEqual([
        { indicator: "FC_GEN_LOCATION", group: "FACTOR_CONDITIONS", clusters: 2, share: 2 / 3 },
      ]);
      expect(after.holdsBack.asOf.getTime()).toBeGreaterThan(before.holdsBack.asOf.getTime());
    } finally {
      delete process.env.DASHBOARD_REFRESH_WAIT_MS;
    }
  });
});

describe("the holds-back drill-down (/clusters?holdsBack=…)", () => {
  const listed = async (u: User, holdsBack: string, instrument?: string) =>
    (
      await prisma.cluster.findMany({
        where: await clusterListWhere(u, { holdsBack, instrument }),
        select: { id: true },
        orderBy: { id: "asc" },
      })
    ).map((c) => c.id);

  it("lists exactly the clusters an indicator holds back in their latest approved diagnosis, as many as the chart counts", async () => {
    const { manager, consultant } = await fixture();
    // A's 2025 diagnosis flags FC_GEN_LOCATION; its older ones RS_LOCAL_BDS, which no longer counts.
    expect(await listed(manager, "FC_GEN_LOCATION")).toEqual(["A", "B"]);
    // F is archived: neither counted nor listed.
    expect(await listed(manager, "DC_TREND")).toEqual(["B", "C"]);
    expect(await listed(manager, "RS_LOCAL_BDS")).toEqual([]);
    const holds = await getHoldsBack(manager, P());
    for (const h of holds.national) expect(await listed(manager, h.indicator)).toHaveLength(h.clusters);
    // The access rule still applies: the consultant has A and C.
    expect(await listed(consultant, "DC_TREND")).toEqual(["C"]);
    // On an instrument version, the latest diagnosis on that version.
    expect(await listed(manager, "FC_GEN_LOCATION", "2026.1")).toEqual(["A", "B"]);
    expect(await listed(manager, "FC_GEN_LOCATION", "1999.1")).toEqual([]);
  });
});

describe("dashboard map and links", () => {
  it("the tile grid holds every province of the reference areas exactly once, one tile per cell", async () => {
    const provinces = await prisma.province.findMany({ select: { code: true }, orderBy: { code: "asc" } });
    expect(provinces).toHaveLength(38);
    expect(PROVINCE_TILES.map((t) => t.code).sort()).toEqual(provinces.map((p) => p.code));
    expect(new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`)).size).toBe(PROVINCE_TILES.length);
    // West → east: Aceh is left of Java, Java left of Papua.
    const col = (code: string) => PROVINCE_TILES.find((t) => t.code === code)!.col;
    expect(col("11")).toBeLessThan(col("33"));
    expect(col("33")).toBeLessThan(col("91"));
  });

  it("drill-down links carry the dashboard filters /clusters understands, the slice overriding them", () => {
    const params = parseDashboardParams({
      province: "33",
      regency: "33.72",
      commodity: "Batik",
      stage: "MATURE",
      year: "2024",
      measure: "clusters",
    });
    expect(drillHref(params)).toBe("/clusters?province=33&regency=33.72&commodity=Batik&stage=MATURE");
    // Another province drops the regency (it belongs to one province); the year is not a /clusters filter.
    expect(drillHref(params, { province: "34" })).toBe("/clusters?province=34&commodity=Batik&stage=MATURE");
    expect(drillHref(parseDashboardParams({}), { stage: "NONE" })).toBe("/clusters?stage=NONE");
    expect(drillHref(parseDashboardParams({ province: "33" }), { holdsBack: "DC_TREND" })).toBe("/clusters?province=33&holdsBack=DC_TREND");
    // A regency outside the chosen province is ignored rather than emptying every chart.
    expect(parseDashboardParams({ province: "34", regency: "33.72" }).regency).toBeUndefined();
    expect(parseDashboardParams({ province: "x", year: "1800", stage: "BAD", measure: "nope" })).toEqual({ measure: "matureShare" });
  });

  it("table views are escaped HTML: names from the database cannot inject markup", () => {
    const html = tableHtml({
      caption: 'Tabel "uji" <b>',
      table: {
        columns: [
          { header: "Komoditas", kind: "text" },
          { header: "Jumlah", kind: "int" },
          { header: "Pangsa", kind: "share" },
        ],
        rows: [["<script>alert(\"x\")</script> & 'co'", 1234, 0.5]],
      },
      links: ['/clusters?commodity=a"><script>'],
      locale: "id",
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    expect(html).toContain('href="/clusters?commodity=a&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('<td class="text-right">1.234</td>');
    expect(html).toContain('<td class="text-right">50%</td>');
    expect(html).toContain('<caption class="sr-only">Tabel &quot;uji&quot; &lt;b&gt;</caption>');
  });
});
