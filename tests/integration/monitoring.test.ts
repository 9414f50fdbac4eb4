import type { NextRequest } from "next/server";
import { GET as dashboardChartGet } from "@/app/api/dashboard/[chart]/route";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { loadDashboard, loadDatasets } from "@/lib/dashboard/queries";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveOutcomeAction, saveSavingsServiceAction } from "@/lib/monitoring/actions";
import { getAgendaCompletionByProvince, getSupportComparison } from "@/lib/monitoring/programme-summary";
import { getClusterMonitoring, listAgenda } from "@/lib/monitoring/queries";
import { saveOutcome } from "@/lib/monitoring/save-outcome";
import { saveSavingsService } from "@/lib/monitoring/save-savings-service";
import { saveSmeOrganisation } from "@/lib/monitoring/save-sme-organisation";
import { agendaFilterSchema } from "@/lib/monitoring/schema";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";
import { agendaCsv, designated } from "../support/agenda";
import { form, request, resetRequest } from "../support/action-request";
import { signIn } from "../support/sign-in";

// The actions run inside a request (tests/support/action-request.ts).
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());
vi.mock("next/cache", async () => (await import("../support/action-request")).nextCache());
vi.mock("next-intl/server", async () => (await import("../support/action-request")).nextIntlServer());

const year2019 = { year: "2019", smeCount: "40", workerCount: "200", productionValue: "1.000.000.000", source: "SURVEY" };

beforeEach(resetRequest);

describe("yearly outcomes", () => {
  it("staff record a year, correct it under its version, and both writes are audited", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Capaian");
    const created = await saveOutcome({ actor: staff, input: { ...year2019, clusterId: cluster.id } });
    expect(created).toMatchObject({ year: 2019, productionValue: 1_000_000_000n, version: 1, recordedById: staff.id });
    const updated = await saveOutcome({
      actor: staff,
      input: { ...year2019, clusterId: cluster.id, version: "1", workerCount: "210" },
    });
    expect(updated).toMatchObject({ workerCount: 210, version: 2 });
    // The stale form (version 1) is refused and changes nothing.
    await expect(saveOutcome({ actor: staff, input: { ...year2019, clusterId: cluster.id, version: "1" } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // A new-row form for a year that exists is refused as well.
    await expect(saveOutcome({ actor: staff, input: { ...year2019, clusterId: cluster.id } })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "yearExists" },
    });
    const audit = await prisma.auditLog.findMany({ where: { entityId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["outcome.create", "outcome.update"]);
    expect(audit[0]!.actorId).toBe(staff.id);
  });

  it("growth since baseline and CAGR are derived from the rows on the cluster page", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Tumbuh");
    await saveOutcome({ actor: staff, input: { ...year2019, clusterId: cluster.id } });
    await saveOutcome({
      actor: staff,
      input: { ...year2019, year: "2021", clusterId: cluster.id, workerCount: "242", productionValue: "1210000000" },
    });
    const monitoring = await getClusterMonitoring(staff, cluster.id);
    expect(monitoring!.baselineYear).toBe(2019);
    expect(monitoring!.growth.workerCount.sinceBaseline).toBeCloseTo(0.21);
    expect(monitoring!.growth.productionValue.cagr).toBeCloseTo(0.1);
    expect(monitoring!.growth.smeCount.sinceBaseline).toBe(0);
  });

  it("a consultant records only for an assigned sentra; a manager reads but cannot write", async () => {
    const consultant = await actorWithRole("CONSULTANT");
    const manager = await actorWithRole("MANAGER");
    const mine = await designated("Sentra Binaan Saya");
    const other = await designated("Sentra Orang Lain");
    await assign(prisma, consultant.id, mine.id);
    await expect(saveOutcome({ actor: consultant, input: { ...year2019, clusterId: mine.id } })).resolves.toMatchObject({ year: 2019 });
    await expect(saveOutcome({ actor: consultant, input: { ...year2019, clusterId: other.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveOutcome({ actor: manager, input: { ...year2019, clusterId: other.id } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await getClusterMonitoring(consultant, other.id)).toBeNull();
    expect((await getClusterMonitoring(manager, mine.id))!.outcomes).toHaveLength(1);
    expect(await prisma.clusterOutcome.count({ where: { clusterId: other.id } })).toBe(0);
  });

  it("bad input is refused through the action with a clear message per field, and nothing is written", async () => {
    await signIn("STAFF");
    const cluster = await designated("Sentra Salah Isi");
    const state = await saveOutcomeAction(
      {},
      form({ clusterId: cluster.id, year: "20x9", smeCount: "-3", workerCount: "10", productionValue: "banyak", source: "GUESS" }),
    );
    expect(state.ok).toBeFalsy();
    expect(state.formError).toBe("Please check the highlighted fields.");
    expect(state.fieldErrors).toMatchObject({
      year: ["A 4-digit year, e.g. 1998."],
      smeCount: ["Must not be negative."],
      productionValue: ["Enter a whole number (e.g. 1,250,000)."],
      source: ["Not a valid choice."],
    });
    expect(await prisma.clusterOutcome.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityType: "ClusterOutcome" } })).toBe(0);
  });

  it("a manager's post is refused by the action, nothing written", async () => {
    await signIn("MANAGER");
    const cluster = await designated("Sentra Manajer");
    const state = await saveOutcomeAction({}, form({ ...year2019, clusterId: cluster.id }));
    expect(state.formError).toBe("You are not allowed to do this.");
    expect(await prisma.clusterOutcome.count()).toBe(0);
  });
});

describe("agenda lines", () => {
  it("staff record the KSP/USP line with a registered institution of the province, then edit it under its version; audited", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await designated("Sentra Koperasi");
    const ksp = await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP Maju", provinceCode: "33" } });
    const elsewhere = await prisma.financialInstitution.create({ data: { type: "KSP_USP", name: "KSP Jauh", provinceCode: "34" } });
    const line = await saveSavingsService({
      actor: staff,
      input: { clusterId: cluster.id, status: "IN_PROGRESS", statusDate: "2026-11-01", institutionId: ksp.id, isInsideArea: "" },
    });
    expect(line).toMatchObject({ status: "IN_PROGRESS", isInsideArea: false, institutionId: ksp.id, recordedById: staff.id });
    const done = await saveSavingsService({
      actor: staff,
      input: {
        clusterId: cluster.id,
        version: "1",
        status: "DONE",
        institutionId: ksp.id,
        isInsideArea: "on",
        note: "Kantor di balai sentra",
      },
    });
    expect(done).toMatchObject({ status: "DONE", isInsideArea: true, version: 2 });
    await expect(
      saveSavingsService({ actor: staff, input: { clusterId: cluster.id, version: "2", status: "DONE", institutionId: elsewhere.id } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", details: { field: "institutionId" } });
    expect((await prisma.clusterSavingsService.findUniqueOrThrow({ where: { clusterId: cluster.id } })).version).toBe(2);
    const audit = await prisma.auditLog.findMany({ where: { entityType: "ClusterSavingsService" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["savingsService.create", "savingsService.update"]);

    // The SMEs it serves come from its disbursements that stand, not from the line.
    const [served, reversed, otherLender] = await Promise.all(
      ["UKM Dilayani", "UKM Dibatalkan", "UKM Bank Lain"].map((businessName) => makeSme(prisma, { clusterId: cluster.id, businessName })),
    );
    const loan = (smeId: string, institutionId = ksp.id, extra: Record<string, unknown> = {}) => ({
      institutionId,
      smeId,
      amount: 5_000_000n,
      disbursedOn: new Date("2026-06-01"),
      purpose: "Modal kerja",
      termMonths: 12,
      dueOn: new Date("2027-06-01"),
      recordedById: staff.id,
      ...extra,
    });
    await prisma.disbursement.create({ data: loan(served!.id) });
    const cancelled = await prisma.disbursement.create({ data: loan(reversed!.id) });
    await prisma.disbursement.create({
      data: loan(reversed!.id, ksp.id, { amount: -5_000_000n, reversesId: cancelled.id, reversalReason: "salah" }),
    });
    await prisma.disbursement.create({ data: loan(otherLender!.id, elsewhere.id) });
    const page = await getClusterMonitoring(staff, cluster.id);
    expect(page!.servedSmes).toEqual({ count: 1, shown: [{ id: served!.id, businessName: "UKM Dilayani" }] });
  });

  it("agenda lines exist only for designated sentra, with a message saying so", async () => {
    await signIn("STAFF");
    const plain = await makeCluster(prisma, { name: "Sentra Biasa" });
    const state = await saveSavingsServiceAction({}, form({ clusterId: plain.id, status: "DONE" }));
    expect(state.formError).toBe("The year-two agenda applies to designated centres only.");
    expect(await prisma.clusterSavingsService.count()).toBe(0);
  });

  it("the SME organisation line: a done organisation needs a name; consultants only on their sentra; managers never", async () => {
    const consultant = await actorWithRole("CONSULTANT");
    const manager = await actorWithRole("MANAGER");
    const mine = await designated("Sentra Paguyuban");
    const other = await designated("Sentra Lain");
    await assign(prisma, consultant.id, mine.id);
    await expect(saveSmeOrganisation({ actor: consultant, input: { clusterId: mine.id, status: "DONE" } })).rejects.toThrow();
    const org = await saveSmeOrganisation({
      actor: consultant,
      input: { clusterId: mine.id, status: "DONE", name: "Paguyuban Batik Laweyan", legalForm: "Koperasi", foundedOn: "2024-03-01" },
    });
    expect(org).toMatchObject({ name: "Paguyuban Batik Laweyan", recordedById: consultant.id });
    await expect(saveSmeOrganisation({ actor: consultant, input: { clusterId: other.id, status: "IN_PROGRESS" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveSmeOrganisation({ actor: manager, input: { clusterId: other.id, status: "IN_PROGRESS" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await prisma.smeOrganisation.count()).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityType: "SmeOrganisation", action: "smeOrganisation.create" } })).toBe(1);
  });

  it("the agenda list: designated sentra only, scoped per role, filtered by province and status", async () => {
    const staff = await actorWithRole("STAFF");
    const consultant = await actorWithRole("CONSULTANT");
    const manager = await actorWithRole("MANAGER");
    const a = await designated("Sentra A Jateng", "33");
    const b = await designated("Sentra B DIY", "34");
    await makeCluster(prisma, { name: "Sentra C belum binaan", provinceCode: "33" });
    await assign(prisma, consultant.id, b.id);
    await saveSmeOrganisation({ actor: staff, input: { clusterId: a.id, status: "DONE", name: "Forum UKM A" } });
    await saveSavingsService({ actor: staff, input: { clusterId: a.id, status: "DONE" } });
    const all = agendaFilterSchema.parse({});
    expect((await listAgenda(staff, all)).rows.map((r) => r.name)).toEqual(["Sentra A Jateng", "Sentra B DIY"]);
    expect((await listAgenda(manager, all)).total).toBe(2);
    expect((await listAgenda(consultant, all)).rows.map((r) => r.name)).toEqual(["Sentra B DIY"]);
    expect((await listAgenda(staff, agendaFilterSchema.parse({ province: "34" }))).rows.map((r) => r.name)).toEqual(["Sentra B DIY"]);
    expect((await listAgenda(staff, agendaFilterSchema.parse({ status: "DONE" }))).rows.map((r) => r.name)).toEqual(["Sentra A Jateng"]);
    expect((await listAgenda(staff, agendaFilterSchema.parse({ status: "NOT_STARTED" }))).rows.map((r) => r.name)).toEqual([
      "Sentra B DIY",
    ]);
    const rowA = (await listAgenda(staff, all)).rows[0]!;
    expect(rowA).toMatchObject({ organisation: { status: "DONE", name: "Forum UKM A" }, savings: { status: "DONE" } });
  });

  it("the CSV export holds the same scoped rows as the list", async () => {
    const consultant = await actorWithRole("CONSULTANT");
    const mine = await designated("Sentra Ekspor Saya");
    await designated("Sentra Ekspor Lain");
    await assign(prisma, consultant.id, mine.id);
    const csv = await agendaCsv(consultant);
    expect(csv).toContain("Sentra Ekspor Saya");
    expect(csv).not.toContain("Sentra Ekspor Lain");
    expect(csv.trim().split("\n")).toHaveLength(2);
  });
});

describe("programme summary", () => {
  it("agenda completion by province and the supported / not supported growth comparison, scoped per role", async () => {
    const staff = await actorWithRole("STAFF");
    const consultant = await actorWithRole("CONSULTANT");
    const provider = await prisma.bdsProvider.create({ data: { name: "LPB Ringkasan", provinceCode: "33", services: ["TRAINING"] } });
    const helped = await designated("Sentra Dibantu", "33");
    const plain = await designated("Sentra Tanpa Bantuan", "34");
    await assign(prisma, consultant.id, plain.id);
    await saveSavingsService({ actor: staff, input: { clusterId: helped.id, status: "DONE" } });
    for (const [cluster, values] of [
      [helped, ["1000000000", "1300000000"]],
      [plain, ["1000000000", "900000000"]],
    ] as const) {
      for (const [i, value] of values.entries())
        await saveOutcome({
          actor: staff,
          input: { ...year2019, year: String(2019 + i * 2), productionValue: value, clusterId: cluster.id },
        });
    }
    await prisma.serviceDelivery.create({
      data: {
        providerId: provider.id,
        clusterId: helped.id,
        service: "TRAINING",
        deliveredOn: new Date("2020-05-01"),
        recordedById: staff.id,
      },
    });
    expect(await getAgendaCompletionByProvince(staff)).toEqual([
      { provinceCode: "34", province: "Daerah Istimewa Yogyakarta", designated: 1, savingsDone: 0, organisationDone: 0 },
      { provinceCode: "33", province: "Jawa Tengah", designated: 1, savingsDone: 1, organisationDone: 0 },
    ]);
    const comparison = await getSupportComparison(staff);
    expect(comparison[0]).toMatchObject({ group: "supported", count: 1 });
    expect(comparison[0]!.medianGrowth).toBeCloseTo(0.3);
    expect(comparison[1]).toMatchObject({ group: "notSupported", count: 1 });
    expect(comparison[1]!.medianGrowth).toBeCloseTo(-0.1);
    // The consultant sees only the assigned sentra.
    expect((await getSupportComparison(consultant)).map((g) => g.count)).toEqual([0, 1]);
    expect(await getAgendaCompletionByProvince(consultant)).toHaveLength(1);

    // The dashboard section reads the same SQL through the dashboard's loader, with its filters.
    const manager = await signIn("MANAGER");
    const all = await loadDatasets(manager, parseDashboardParams({}), ["agenda", "outcomeGrowth"]);
    expect(all.agenda.data.map((r) => r.provinceCode)).toEqual(["34", "33"]);
    expect(all.outcomeGrowth.data.map((g) => g.count)).toEqual([1, 1]);
    const central = await loadDatasets(manager, parseDashboardParams({ province: "33" }), ["agenda", "outcomeGrowth"]);
    expect(central.agenda.data).toEqual([
      { provinceCode: "33", province: "Jawa Tengah", designated: 1, savingsDone: 1, organisationDone: 0 },
    ]);
    expect(central.outcomeGrowth.data.map((g) => g.count)).toEqual([1, 0]);
    // The year filter ends each series at that year: with 2019 alone nobody has two years.
    const upTo2019 = await loadDatasets(manager, parseDashboardParams({ year: "2019" }), ["outcomeGrowth"]);
    expect(upTo2019.outcomeGrowth.data.map((g) => g.count)).toEqual([0, 0]);
    // Up to the latest year: the same as no year filter.
    const upTo2021 = await loadDatasets(manager, parseDashboardParams({ year: "2021" }), ["outcomeGrowth"]);
    expect(upTo2021.outcomeGrowth.data.map((g) => g.count)).toEqual([1, 1]);

    // Downloads: the manager gets the numbers as CSV; shares as percentages.
    const csv = await dashboardGet("outcome-growth", "format=csv");
    expect(csv.status).toBe(200);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines).toEqual([
      "Group,Centres,Median production value growth since baseline",
      "Received BDS services or MAP money,1,30",
      "Did not,1,-10",
    ]);
    const agendaCsv = await (await dashboardGet("agenda-province", "format=csv&province=34")).text();
    expect(agendaCsv).toContain("Daerah Istimewa Yogyakarta,1,0,0");
    expect(agendaCsv).not.toContain("Jawa Tengah");
  });

  it("the dashboard page loads the section's data sets; a consultant's are scoped; without a session the download is refused", async () => {
    await signIn("MANAGER");
    const loaded = await loadDashboard(parseDashboardParams({}), "monitoring");
    expect(Object.keys(loaded.sets).sort()).toEqual(["agenda", "outcomeGrowth", "overview", "pipeline"]);
    expect(loaded.sections).toContain("monitoring");
    const consultant = await actorWithRole("CONSULTANT");
    // A consultant's section is scoped to the assigned sentra (none here).
    const theirs = await loadDatasets(consultant, parseDashboardParams({}), ["agenda", "outcomeGrowth"]);
    expect(theirs.agenda.data).toEqual([]);
    request.cookies.clear();
    expect((await dashboardGet("agenda-province", "format=csv")).status).toBe(401);
  });
});

async function dashboardGet(chart: string, query: string): Promise<Response> {
  const url = `http://localhost/api/dashboard/${chart}?${query}`;
  const req = Object.assign(new Request(url), { nextUrl: new URL(url) }) as unknown as NextRequest;
  return dashboardChartGet(req, { params: Promise.resolve({ chart }) });
}
