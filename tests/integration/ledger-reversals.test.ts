import { describe, expect, it } from "vitest";
import { createAllocation } from "@/lib/financing/create-allocation";
import { createDisbursement } from "@/lib/financing/create-disbursement";
import { createRepayment } from "@/lib/financing/create-repayment";
import { getInstitution, listInstitutions } from "@/lib/financing/institution-queries";
import { getProgrammeReport } from "@/lib/financing/programme-queries";
import { reverseEntry } from "@/lib/financing/reverse-entry";
import { actorWithRole, prisma } from "../support/db";
import { financingWorld, M } from "../support/financing";

const day = "2026-01-15";

async function world() {
  const w = await financingWorld({ budget: 100n * M });
  const { staff, channel, institution } = w;
  const other = await prisma.financialInstitution.create({ data: { type: "LKM", name: `LKM ${Math.random()}`, provinceCode: "33" } });
  const allocation = await createAllocation({
    actor: staff,
    input: { channelId: channel.id, institutionId: institution.id, amount: "50000000", allocatedOn: day },
  });
  return { ...w, other, allocation };
}

async function disburse(w: Awaited<ReturnType<typeof world>>, amount: string, disbursedOn = day) {
  return createDisbursement({
    actor: w.staff,
    input: { institutionId: w.institution.id, smeId: w.sme.id, amount, disbursedOn, purpose: "Modal kerja", termMonths: 6 },
  });
}

/** Waits until some session of this database is blocked on a row lock. */
async function waitForLockWaiter() {
  for (let i = 0; i < 200; i++) {
    const [row] = await prisma.$queryRaw<Array<{ n: bigint }>>`
      SELECT count(*)::bigint AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row && row.n > 0n) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("no session ever waited on the lock");
}

const reverse = (w: Awaited<ReturnType<typeof world>>, kind: string, entryId: string, extra: Record<string, unknown> = {}) =>
  reverseEntry({
    actor: w.staff,
    input: { kind, entryId, institutionId: w.institution.id, reason: "Salah ketik jumlah", reversedOn: day, ...extra },
  });

describe("reversing a disbursement", () => {
  it("restores the remaining allocation, keeps the original, and is audited with its reason", async () => {
    const w = await world();
    const loan = await disburse(w, "20000000");
    expect((await getInstitution(w.staff, w.institution.id))!.totals.remaining).toBe(30n * M);
    const result = await reverse(w, "DISBURSEMENT", loan.id);
    const inst = (await getInstitution(w.staff, w.institution.id))!;
    expect(inst.totals).toMatchObject({ allocated: 50n * M, disbursed: 0n, remaining: 50n * M, outstanding: 0n, overdue: 0n });
    // The original is untouched; the reversal carries the negated amount and points at it.
    expect(await prisma.disbursement.findUniqueOrThrow({ where: { id: loan.id } })).toMatchObject({ amount: 20n * M, reversesId: null });
    expect(await prisma.disbursement.findUniqueOrThrow({ where: { id: result.reversalId } })).toMatchObject({
      amount: -20n * M,
      reversesId: loan.id,
      reversalReason: "Salah ketik jumlah",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "disbursement.reverse", entityId: loan.id } });
    expect(audit.actorId).toBe(w.staff.id);
    expect(audit.after).toMatchObject({ id: result.reversalId, reversalReason: "Salah ketik jumlah", amount: (-20n * M).toString() });
    // Both rows are listed (marked), and hidden together on request.
    expect(inst.disbursements.map((d) => [d.amount, d.isLive])).toEqual(
      expect.arrayContaining([
        [20n * M, false],
        [-20n * M, false],
      ]),
    );
    expect((await getInstitution(w.staff, w.institution.id, undefined, { hideReversed: true }))!.disbursements).toHaveLength(0);
    const listed = (await listInstitutions(w.staff, {})).rows.find((i) => i.id === w.institution.id)!;
    expect(listed).toMatchObject({ disbursed: 0n, outstanding: 0n, loans: 0 });
  });

  it("with a corrected amount records the corrected loan in the same transaction, checked against the remaining allocation", async () => {
    const w = await world();
    const loan = await disburse(w, "20000000");
    const result = await reverse(w, "DISBURSEMENT", loan.id, { correctedAmount: "25.000.000" });
    expect(result.correctedId).toBeTruthy();
    expect((await getInstitution(w.staff, w.institution.id))!.totals).toMatchObject({
      disbursed: 25n * M,
      remaining: 25n * M,
      outstanding: 25n * M,
    });
    // A correction above what is left rolls the reversal back too.
    const loan2 = await prisma.disbursement.findUniqueOrThrow({ where: { id: result.correctedId! } });
    await expect(reverse(w, "DISBURSEMENT", loan2.id, { correctedAmount: "50.000.001" })).rejects.toMatchObject({
      rule: "REMAINING_ALLOCATION",
    });
    expect(await prisma.disbursement.count({ where: { reversesId: loan2.id } })).toBe(0);
  });

  it("is refused while repayments stand; after reversing the repayment it goes through", async () => {
    const w = await world();
    const loan = await disburse(w, "20000000");
    const paid = await createRepayment({ actor: w.staff, input: { disbursementId: loan.id, amount: "5000000", paidOn: day } });
    await expect(reverse(w, "DISBURSEMENT", loan.id)).rejects.toMatchObject({ rule: "REVERSAL_HAS_REPAYMENTS" });
    await reverse(w, "REPAYMENT", paid.id);
    expect((await getInstitution(w.staff, w.institution.id))!.totals).toMatchObject({ repaid: 0n, outstanding: 20n * M });
    await reverse(w, "DISBURSEMENT", loan.id);
    // Nothing can be repaid on a reversed loan.
    await expect(createRepayment({ actor: w.staff, input: { disbursementId: loan.id, amount: "1", paidOn: day } })).rejects.toMatchObject({
      rule: "ENTRY_REVERSED",
    });
  });

  it("no longer counts as overdue, in the programme report either", async () => {
    const w = await world();
    const loan = await disburse(w, "20000000", "2020-01-01");
    const before = (await getProgrammeReport(w.staff, w.programme.id))!;
    expect(before.totals.overdue).toBe(20n * M);
    await reverse(w, "DISBURSEMENT", loan.id);
    const after = (await getProgrammeReport(w.staff, w.programme.id))!;
    expect(after.totals).toMatchObject({ disbursed: 0n, outstanding: 0n, overdue: 0n, loans: 0, overdueLoans: 0 });
  });
});

describe("refusals", () => {
  it("a reversal of a reversal, a second reversal, and an entry of another institution's ledger", async () => {
    const w = await world();
    const loan = await disburse(w, "10000000");
    const { reversalId } = await reverse(w, "DISBURSEMENT", loan.id);
    await expect(reverse(w, "DISBURSEMENT", reversalId)).rejects.toMatchObject({ rule: "REVERSAL_OF_REVERSAL" });
    await expect(reverse(w, "DISBURSEMENT", loan.id)).rejects.toMatchObject({ rule: "ALREADY_REVERSED" });
    const loan2 = await disburse(w, "10000000");
    await expect(
      reverseEntry({
        actor: w.staff,
        input: { kind: "DISBURSEMENT", entryId: loan2.id, institutionId: w.other.id, reason: "x", reversedOn: day },
      }),
    ).rejects.toMatchObject({ rule: "NOT_SAME_INSTITUTION" });
    expect(await prisma.disbursement.count({ where: { reversesId: loan2.id } })).toBe(0);
  });

  it("an allocation reversal that would leave more disbursed than allocated", async () => {
    const w = await world();
    await disburse(w, "10000000");
    await expect(reverse(w, "ALLOCATION", w.allocation.id)).rejects.toMatchObject({
      rule: "REVERSAL_OVERDRAWS",
      amounts: { remaining: 40n * M, amount: 50n * M },
    });
  });

  it("needs a reason", async () => {
    const w = await world();
    const loan = await disburse(w, "10000000");
    await expect(reverse(w, "DISBURSEMENT", loan.id, { reason: "  " })).rejects.toThrow();
  });

  it("two reversals of the same entry racing in concurrent transactions: exactly one goes through", async () => {
    const w = await world();
    for (let round = 0; round < 5; round++) {
      const loan = await disburse(w, "1000000");
      const results = await Promise.allSettled([
        reverse(w, "DISBURSEMENT", loan.id),
        reverse(w, "DISBURSEMENT", loan.id),
        reverse(w, "DISBURSEMENT", loan.id),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ rule: "ALREADY_REVERSED" });
      expect(await prisma.disbursement.count({ where: { reversesId: loan.id } })).toBe(1);
    }
    expect((await getInstitution(w.staff, w.institution.id))!.totals.remaining).toBe(50n * M);
  });

  it("a repayment queued behind a reversal's lock sees the reversal once it commits, and is refused", async () => {
    // Deterministic form of the race below: this transaction holds the loan's row lock
    // (as a reversal does), the repayment waits on it, then the reversal row commits.
    const w = await world();
    const loan = await disburse(w, "1000000");
    let repayment!: Promise<unknown>;
    await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM disbursement WHERE id = ${loan.id} FOR UPDATE`;
      repayment = createRepayment({ actor: w.staff, input: { disbursementId: loan.id, amount: "1000", paidOn: day } });
      repayment.catch(() => {});
      await waitForLockWaiter();
      await tx.disbursement.create({
        data: {
          institutionId: w.institution.id,
          smeId: w.sme.id,
          amount: -1_000_000n,
          disbursedOn: new Date(day),
          purpose: "Modal kerja",
          termMonths: 6,
          dueOn: new Date("2026-07-15"),
          recordedById: w.staff.id,
          reversesId: loan.id,
          reversalReason: "Salah ketik jumlah",
        },
      });
    });
    await expect(repayment).rejects.toMatchObject({ rule: "ENTRY_REVERSED" });
    expect(await prisma.repayment.count({ where: { disbursementId: loan.id } })).toBe(0);
  });

  it("a reversal racing a repayment of the same loan: the ledger never ends with a repaid reversed loan", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await world();
      const loan = await disburse(w, "1000000");
      await Promise.allSettled([
        reverse(w, "DISBURSEMENT", loan.id),
        createRepayment({ actor: w.staff, input: { disbursementId: loan.id, amount: "1000", paidOn: day } }),
      ]);
      const reversed = await prisma.disbursement.count({ where: { reversesId: loan.id } });
      const repaid = await prisma.repayment.aggregate({ where: { disbursementId: loan.id }, _sum: { amount: true } });
      expect(reversed === 1 && (repaid._sum.amount ?? 0n) !== 0n).toBe(false);
    }
  });
});

describe("allocations and the programme", () => {
  it("an allocation reversal frees the channel's ceiling; reconciliation counts it and the institution is no longer reached", async () => {
    const w = await world();
    await reverse(w, "ALLOCATION", w.allocation.id, { correctedAmount: "40000000" });
    const report = (await getProgrammeReport(w.staff, w.programme.id))!;
    expect(report.totals.allocated).toBe(40n * M);
    expect(report.channels[0]).toMatchObject({ allocated: 40n * M, institutions: 1, offStandard: 1 });
    const { reversalId } = await reverse(w, "ALLOCATION", (await prisma.mapAllocation.findFirstOrThrow({ where: { amount: 40n * M } })).id);
    expect(reversalId).toBeTruthy();
    const after = (await getProgrammeReport(w.staff, w.programme.id))!;
    expect(after.channels[0]).toMatchObject({ allocated: 0n, institutions: 0, offStandard: 0 });
    // The freed ceiling can be allocated again, up to the ceiling and not beyond.
    await createAllocation({
      actor: w.staff,
      input: { channelId: w.channel.id, institutionId: w.other.id, amount: "100000000", allocatedOn: day },
    });
    await expect(
      createAllocation({
        actor: w.staff,
        input: { channelId: w.channel.id, institutionId: w.institution.id, amount: "1", allocatedOn: day },
      }),
    ).rejects.toMatchObject({ rule: "CHANNEL_CEILING" });
  });
});

describe("who may reverse", () => {
  it("staff and admins; managers and consultants are refused and nothing is written", async () => {
    const w = await world();
    const loan = await disburse(w, "10000000");
    for (const role of ["MANAGER", "CONSULTANT"] as const) {
      const actor = await actorWithRole(role);
      await expect(
        reverseEntry({
          actor,
          input: { kind: "DISBURSEMENT", entryId: loan.id, institutionId: w.institution.id, reason: "x", reversedOn: day },
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.disbursement.count({ where: { reversesId: loan.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "disbursement.reverse" } })).toBe(0);
    const admin = await actorWithRole("ADMIN");
    await reverseEntry({
      actor: admin,
      input: { kind: "DISBURSEMENT", entryId: loan.id, institutionId: w.institution.id, reason: "x", reversedOn: day },
    });
    expect(await prisma.auditLog.count({ where: { action: "disbursement.reverse", actorId: admin.id } })).toBe(1);
  });
});
