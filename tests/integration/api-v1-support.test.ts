import { describe, expect, it } from "vitest";
import { API_V1 } from "@/lib/api/routes";
import { createToken } from "@/lib/tokens/create-token";
import type { SessionUser } from "@/lib/auth/session";
import { assign, makeCluster, makeProvider, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const BASE = "http://sentra.test/api/v1";

async function tokenFor(actor: SessionUser) {
  return (await createToken({ actor, input: { name: "sync", scopes: ["read"], expiresInDays: "30" } })).secret;
}

const get = (path: string, secret: string) => new Request(`${BASE}${path}`, { headers: { Authorization: `Bearer ${secret}` } });

type Page<T> = { data: T[]; nextCursor: string | null };

async function pageOf<T>(res: Response): Promise<Page<T>> {
  expect(res.status).toBe(200);
  return (await res.json()) as Page<T>;
}

describe("GET /api/v1/providers and /deliveries", () => {
  it("a consultant's token sees their own provider, and of its deliveries only those to assigned centres; reversals are entries with negated amounts", async () => {
    const own = await makeProvider(prisma, { name: "LPB Solo" });
    const rival = await makeProvider(prisma, { name: "LPB Jogja" });
    const assigned = await makeCluster(prisma);
    const unassigned = await makeCluster(prisma);
    const sme = await makeSme(prisma, { clusterId: assigned.id });
    const staff = await actorWithRole("STAFF");
    const consultant = await actorWithRole("CONSULTANT", { bdsProviderId: own.id });
    await assign(prisma, consultant.id, assigned.id);
    const base = { service: "TRAINING" as const, deliveredOn: new Date("2026-03-02"), recordedById: staff.id };
    const delivered = await prisma.serviceDelivery.create({
      data: {
        ...base,
        providerId: own.id,
        clusterId: assigned.id,
        participantCount: 12,
        feeAmount: 15_000_000n,
        smes: { create: [{ smeId: sme.id }] },
      },
    });
    const reversal = await prisma.serviceDelivery.create({
      data: {
        ...base,
        providerId: own.id,
        clusterId: assigned.id,
        feeAmount: -15_000_000n,
        reversesId: delivered.id,
        reversalReason: "typo",
      },
    });
    await prisma.serviceDelivery.create({ data: { ...base, providerId: own.id, clusterId: unassigned.id, feeAmount: 1n } });
    await prisma.serviceDelivery.create({ data: { ...base, providerId: rival.id, clusterId: assigned.id, feeAmount: 2n } });
    const secret = await tokenFor(consultant);

    const providers = await pageOf<{ name: string }>(await API_V1.listProviders(get("/providers", secret)));
    expect(providers.data.map((p) => p.name)).toEqual(["LPB Solo"]);
    const deliveries = await pageOf<{ id: string; feeAmount: string; reversesId: string | null; smeIds: string[]; deliveredOn: string }>(
      await API_V1.listDeliveries(get("/deliveries", secret)),
    );
    expect(deliveries.data.map((d) => d.id).sort()).toEqual([delivered.id, reversal.id].sort());
    const byId = new Map(deliveries.data.map((d) => [d.id, d]));
    expect(byId.get(delivered.id)).toMatchObject({ feeAmount: "15000000", smeIds: [sme.id], deliveredOn: "2026-03-02", reversesId: null });
    expect(byId.get(reversal.id)).toMatchObject({ feeAmount: "-15000000", reversesId: delivered.id });

    // Staff see every provider and delivery; the filters narrow them.
    const staffSecret = await tokenFor(staff);
    const all = await pageOf<{ providerId: string }>(await API_V1.listDeliveries(get(`/deliveries?provider=${rival.id}`, staffSecret)));
    expect(all.data.map((d) => d.providerId)).toEqual([rival.id]);
    const none = await pageOf<unknown>(await API_V1.listDeliveries(get("/deliveries?from=2026-03-03", staffSecret)));
    expect(none.data).toEqual([]);
    const bad = await API_V1.listDeliveries(get("/deliveries?from=2026-02-31&service=COOKING", staffSecret));
    expect(bad.status).toBe(422);
    expect(Object.keys(((await bad.json()) as { error: { fieldErrors: object } }).error.fieldErrors).sort()).toEqual(["from", "service"]);
  });
});

describe("GET /api/v1/map/*", () => {
  it("programmes with allocated totals per channel, allocations and disbursements as whole-Rupiah strings; a consultant is refused", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma);
    const sme = await makeSme(prisma, { clusterId: cluster.id });
    const programme = await prisma.mapProgramme.create({
      data: { name: "Perkuatan Permodalan 2001", year: 2001, budget: 39_600_000_000n },
    });
    const channel = await prisma.mapChannel.create({ data: { programmeId: programme.id, channel: "LKM", ceiling: 20_000_000_000n } });
    const institution = await prisma.financialInstitution.create({
      data: { type: "LKM", name: "BMT Laweyan", provinceCode: "33", clusterId: cluster.id },
    });
    const allocation = await prisma.mapAllocation.create({
      data: {
        channelId: channel.id,
        institutionId: institution.id,
        amount: 9_007_199_254_740_993n,
        allocatedOn: new Date("2001-06-01"),
        recordedById: staff.id,
      },
    });
    await prisma.mapAllocation.create({
      data: {
        channelId: channel.id,
        institutionId: institution.id,
        amount: -7n,
        allocatedOn: new Date("2001-06-02"),
        recordedById: staff.id,
      },
    });
    const loan = await prisma.disbursement.create({
      data: {
        institutionId: institution.id,
        smeId: sme.id,
        amount: 25_000_000n,
        disbursedOn: new Date("2001-07-01"),
        purpose: "Modal kerja",
        termMonths: 12,
        dueOn: new Date("2002-07-01"),
        recordedById: staff.id,
        repayments: {
          create: [
            { amount: 2_000_000n, paidOn: new Date("2001-08-01"), recordedById: staff.id },
            { amount: 3_000_000n, paidOn: new Date("2001-09-01"), recordedById: staff.id },
          ],
        },
      },
    });
    const secret = await tokenFor(await actorWithRole("MANAGER"));

    const programmes = await pageOf<Record<string, unknown>>(await API_V1.listProgrammes(get("/map/programmes", secret)));
    expect(programmes.data).toEqual([
      {
        id: programme.id,
        name: "Perkuatan Permodalan 2001",
        year: 2001,
        budget: "39600000000",
        allocated: "9007199254740986",
        channels: [{ id: channel.id, channel: "LKM", ceiling: "20000000000", standardAmount: null, allocated: "9007199254740986" }],
      },
    ]);
    const allocations = await pageOf<{ id: string; amount: string; programmeId: string; institution: { name: string } }>(
      await API_V1.listAllocations(get(`/map/allocations?programme=${programme.id}`, secret)),
    );
    expect(allocations.data.find((a) => a.id === allocation.id)).toMatchObject({
      amount: "9007199254740993",
      programmeId: programme.id,
      institution: { name: "BMT Laweyan" },
    });
    const loans = await pageOf<Record<string, unknown>>(
      await API_V1.listDisbursements(get(`/map/disbursements?cluster=${cluster.id}`, secret)),
    );
    expect(loans.data).toEqual([
      expect.objectContaining({ id: loan.id, clusterId: cluster.id, amount: "25000000", repaid: "5000000", dueOn: "2002-07-01" }),
    ]);

    // ISO 8601 has a year 0000 and PostgreSQL has none: a 422 that says so, not a 500
    // (found by api-v1-generated.test.ts with `from=0000-02-29`).
    for (const res of [
      await API_V1.listDisbursements(get("/map/disbursements?from=0000-02-29", secret)),
      await API_V1.listDeliveries(get("/deliveries?to=0000-01-01", secret)),
    ]) {
      expect(res.status).toBe(422);
      const { fieldErrors } = ((await res.json()) as { error: { fieldErrors: Record<string, string[]> } }).error;
      expect(Object.values(fieldErrors).flat()).toEqual(["Tanggal YYYY-MM-DD yang ada di kalender, tahun 0001–9999."]);
    }

    const consultant = await tokenFor(await actorWithRole("CONSULTANT"));
    for (const res of [
      await API_V1.listProgrammes(get("/map/programmes", consultant)),
      await API_V1.listAllocations(get("/map/allocations", consultant)),
      await API_V1.listDisbursements(get("/map/disbursements", consultant)),
    ])
      expect(res.status).toBe(403);
  });
});

describe("GET /api/v1/dashboard/stages", () => {
  it("counts active centres by stage in the token owner's scope, with strict filters", async () => {
    const mine = await makeCluster(prisma, { provinceCode: "33", commodity: "Batik" });
    await prisma.cluster.update({ where: { id: mine.id }, data: { currentStage: "ADVANCE" } });
    await makeCluster(prisma, { provinceCode: "34", commodity: "Perak" });
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, mine.id);

    type Overview = {
      total: number;
      national: Array<{ stage: string; count: number }>;
      byCommodity: Array<{ key: string; total: number }>;
    };
    const scoped = (await (await API_V1.getStageOverview(get("/dashboard/stages", await tokenFor(consultant)))).json()) as Overview;
    expect(scoped.total).toBe(1);
    expect(scoped.national.find((n) => n.stage === "ADVANCE")?.count).toBe(1);
    expect(scoped.byCommodity.map((c) => c.key)).toEqual(["Batik"]);

    const staff = await tokenFor(await actorWithRole("STAFF"));
    const all = (await (await API_V1.getStageOverview(get("/dashboard/stages", staff))).json()) as Overview;
    expect(all.total).toBe(2);
    const province = (await (await API_V1.getStageOverview(get("/dashboard/stages?province=34", staff))).json()) as Overview;
    expect(province.total).toBe(1);
    // The page falls back to no filter on a bad value; the API refuses it.
    expect((await API_V1.getStageOverview(get("/dashboard/stages?province=3x", staff))).status).toBe(422);
  });
});
