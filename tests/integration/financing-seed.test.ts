import { describe, expect, it } from "vitest";
import { listInstitutions } from "@/lib/financing/institution-queries";
import { getProgrammeReport } from "@/lib/financing/programme-queries";
import { seedDemo } from "@/prisma/seed";
import { DEMO_PROGRAMME_ID } from "@/prisma/seed-support";
import { actorWithRole, prisma } from "../support/db";

const B = 1_000_000_000n;

describe("the 2001 MAP programme of the demo seed", () => {
  it("reconciles exactly with the source, and the seed is idempotent", async () => {
    await seedDemo(process.env.DATABASE_URL!, () => {});
    const counts = async () => ({
      institutions: await prisma.financialInstitution.count(),
      allocations: await prisma.mapAllocation.count(),
      disbursements: await prisma.disbursement.count(),
      repayments: await prisma.repayment.count(),
      deliveries: await prisma.serviceDelivery.count(),
      agreements: await prisma.bdsAgreementCluster.count(),
      planned: await prisma.plannedAction.count(),
    });
    const first = await counts();
    await seedDemo(process.env.DATABASE_URL!, () => {});
    expect(await counts()).toEqual(first);

    const manager = await actorWithRole("MANAGER");
    const report = (await getProgrammeReport(manager, DEMO_PROGRAMME_ID, new Date("2026-11-28T00:00:00Z")))!;
    expect(report.programme).toMatchObject({ name: "Perkuatan Permodalan 2001", year: 2001, budget: 39_600_000_000n });
    const byChannel = Object.fromEntries(report.channels.map((c) => [c.channel, c]));
    expect(byChannel.LKM).toMatchObject({
      ceiling: 5n * B,
      allocated: 5n * B,
      institutions: 100,
      provinces: 30,
      standardAmount: 50_000_000n,
      offStandard: 0,
    });
    expect(byChannel.KSP_USP).toMatchObject({
      ceiling: 22_600_000_000n,
      allocated: 22_600_000_000n,
      institutions: 113,
      provinces: 30,
      standardAmount: 200_000_000n,
      offStandard: 0,
    });
    expect(byChannel.GUARANTEE).toMatchObject({ ceiling: 5n * B, allocated: 5n * B, provinces: 4 });
    expect(byChannel.VENTURE_CAPITAL).toMatchObject({ ceiling: 5n * B, allocated: 5n * B, provinces: 5 });
    expect(byChannel.INCUBATOR).toMatchObject({ ceiling: 2n * B, allocated: 2n * B, provinces: 3 });
    expect(report.totals.allocated).toBe(39_600_000_000n);
    expect(report.totals.ceilings).toBe(39_600_000_000n);
    expect(report.reconciliation.ok).toBe(true);
    expect(report.reconciliation.lines.length).toBeGreaterThanOrEqual(2 + 5 + 5);
    // Province figures add up to the programme's.
    expect(report.provinces.reduce((s, p) => s + p.allocated, 0n)).toBe(39_600_000_000n);
    expect(report.provinces.reduce((s, p) => s + p.disbursed, 0n)).toBe(report.totals.disbursed);
    expect(report.provinces.length).toBe(30);

    // Loans: some repaid, some overdue, some current; never above what the rules allow.
    expect(report.totals.disbursed).toBeGreaterThan(0n);
    expect(report.totals.overdue).toBeGreaterThan(0n);
    expect(report.totals.outstanding).toBeGreaterThan(report.totals.overdue);
    expect(report.totals.smes).toBeGreaterThan(5);
    const { pages, total } = await listInstitutions(manager, {});
    expect(pages).toBe(Math.ceil(total / 25));
    for (let page = 1; page <= pages; page++) {
      for (const inst of (await listInstitutions(manager, { page })).rows) {
        expect(inst.disbursed).toBeLessThanOrEqual(inst.allocated);
        expect(inst.repaid).toBeLessThanOrEqual(inst.disbursed);
      }
    }
    // Institution names are unique per type and province (the table's unique key held).
    expect(first.institutions).toBe(100 + 113 + 4 + 5 + 3);
  }, 180_000); // two full demo seeds
});
