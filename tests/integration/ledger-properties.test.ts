import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createAllocation } from "@/lib/financing/create-allocation";
import { createDisbursement } from "@/lib/financing/create-disbursement";
import { createRepayment } from "@/lib/financing/create-repayment";
import { getProgrammeReport } from "@/lib/financing/programme-queries";
import { reverseEntry } from "@/lib/financing/reverse-entry";
import { isSupportRuleError } from "@/lib/support/rule-error";
import { seedDemo } from "@/prisma/seed";
import { DEMO_PROGRAMME_ID } from "@/prisma/seed-support";
import { actorWithRole, prisma } from "../support/db";

// Random sequences of entries and reversals (with and without a corrected entry) on
// the 2001 programme of the demo seed, every one through the real verbs against
// PostgreSQL. A refusal by a money rule is an expected outcome; anything else fails.
// After every sequence the invariants must hold on the whole ledger.

const M = 1_000_000n;
const day = "2026-06-01";

type Op =
  | { op: "allocate"; channel: number; institution: number; amount: bigint }
  | { op: "disburse"; institution: number; sme: number; amount: bigint }
  | { op: "repay"; loan: number; amount: bigint }
  | { op: "reverse"; kind: "ALLOCATION" | "DISBURSEMENT" | "REPAYMENT"; entry: number; correct: "none" | "same" | "other"; amount: bigint };

const amount = fc.bigInt({ min: 1n, max: 300n * M });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("allocate" as const), channel: fc.nat(), institution: fc.nat(), amount }),
  fc.record({ op: fc.constant("disburse" as const), institution: fc.nat(), sme: fc.nat(), amount: fc.bigInt({ min: 1n, max: 120n * M }) }),
  fc.record({ op: fc.constant("repay" as const), loan: fc.nat(), amount }),
  fc.record({
    op: fc.constant("reverse" as const),
    kind: fc.constantFrom("ALLOCATION" as const, "DISBURSEMENT" as const, "REPAYMENT" as const),
    entry: fc.nat(),
    correct: fc.constantFrom("none" as const, "same" as const, "other" as const),
    amount,
  }),
);

const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

// A few institutions of two channels, so that entries and reversals meet often.
let focus: string[] = [];

async function apply(actor: SessionUser, o: Op): Promise<void> {
  try {
    if (o.op === "allocate") {
      const channels = await prisma.mapChannel.findMany({
        where: { programmeId: DEMO_PROGRAMME_ID, channel: { in: ["LKM", "KSP_USP"] } },
        orderBy: { id: "asc" },
      });
      const channel = pick(channels, o.channel)!;
      const institutions = await prisma.financialInstitution.findMany({
        where: { type: channel.channel, id: { in: focus } },
        orderBy: { id: "asc" },
      });
      const institution = pick(institutions, o.institution)!;
      await createAllocation({
        actor,
        input: { channelId: channel.id, institutionId: institution.id, amount: o.amount, allocatedOn: day },
      });
    } else if (o.op === "disburse") {
      const institutions = await prisma.financialInstitution.findMany({ where: { id: { in: focus } }, orderBy: { id: "asc" } });
      const smes = await prisma.sme.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 10 });
      await createDisbursement({
        actor,
        input: {
          institutionId: pick(institutions, o.institution)!.id,
          smeId: pick(smes, o.sme)!.id,
          amount: o.amount,
          disbursedOn: day,
          purpose: "Uji",
          termMonths: 3,
        },
      });
    } else if (o.op === "repay") {
      const loans = await prisma.disbursement.findMany({
        where: { reversesId: null, institutionId: { in: focus } },
        orderBy: { id: "asc" },
      });
      const loan = pick(loans, o.loan);
      if (loan) await createRepayment({ actor, input: { disbursementId: loan.id, amount: o.amount, paidOn: day } });
    } else {
      const entries =
        o.kind === "ALLOCATION"
          ? await prisma.mapAllocation.findMany({
              where: { institutionId: { in: focus } },
              orderBy: { id: "asc" },
              select: { id: true, amount: true, institutionId: true },
            })
          : o.kind === "DISBURSEMENT"
            ? await prisma.disbursement.findMany({
                where: { institutionId: { in: focus } },
                orderBy: { id: "asc" },
                select: { id: true, amount: true, institutionId: true },
              })
            : (
                await prisma.repayment.findMany({
                  where: { disbursement: { institutionId: { in: focus } } },
                  orderBy: { id: "asc" },
                  select: { id: true, amount: true, disbursement: { select: { institutionId: true } } },
                })
              ).map((r) => ({ id: r.id, amount: r.amount, institutionId: r.disbursement.institutionId }));
      const entry = pick(entries, o.entry);
      if (!entry) return;
      const correctedAmount =
        o.correct === "none" ? undefined : o.correct === "same" ? (entry.amount < 0n ? -entry.amount : entry.amount) : o.amount;
      await reverseEntry({
        actor,
        input: {
          kind: o.kind,
          entryId: entry.id,
          institutionId: entry.institutionId,
          reason: "Uji properti",
          reversedOn: day,
          correctedAmount,
        },
      });
    }
  } catch (err) {
    if (!isSupportRuleError(err)) throw err;
  }
}

async function checkInvariants(asOf: Date) {
  const negativeBalances = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT fi.id FROM financial_institution fi
    WHERE (SELECT COALESCE(SUM(amount), 0) FROM map_allocation WHERE "institutionId" = fi.id)
        < (SELECT COALESCE(SUM(amount), 0) FROM disbursement WHERE "institutionId" = fi.id)
       OR (SELECT COALESCE(SUM(amount), 0) FROM disbursement WHERE "institutionId" = fi.id) < 0`;
  expect(negativeBalances, "no institution disbursed more than allocated").toEqual([]);
  const overCeiling = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT c.id FROM map_channel c WHERE (SELECT COALESCE(SUM(amount), 0) FROM map_allocation WHERE "channelId" = c.id) NOT BETWEEN 0 AND c.ceiling`;
  expect(overCeiling, "no channel above its ceiling").toEqual([]);
  const badLoans = await prisma.$queryRaw<Array<{ id: string }>>`
    SELECT d.id FROM disbursement d
    WHERE d."reversesId" IS NULL
      AND ((SELECT COALESCE(SUM(amount), 0) FROM repayment WHERE "disbursementId" = d.id) NOT BETWEEN 0 AND d.amount
        OR (EXISTS (SELECT 1 FROM disbursement x WHERE x."reversesId" = d.id)
            AND (SELECT COALESCE(SUM(amount), 0) FROM repayment WHERE "disbursementId" = d.id) <> 0))`;
  expect(badLoans, "no loan repaid below zero or above its amount; a reversed loan owes and holds nothing").toEqual([]);
  for (const table of ["map_allocation", "disbursement", "repayment"]) {
    const chained = await prisma.$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT r.id FROM ${table} r JOIN ${table} o ON o.id = r."reversesId" WHERE o."reversesId" IS NOT NULL OR sign(o.amount) = sign(r.amount) OR o.amount <> -r.amount`,
    );
    expect(chained, `${table}: a reversal negates an original, never another reversal`).toEqual([]);
  }
  // The report's figures equal the raw ledger's, exactly.
  const manager = { id: "x", role: "MANAGER", email: "", name: "", locale: "id", bdsProviderId: null } as unknown as SessionUser;
  const report = (await getProgrammeReport(manager, DEMO_PROGRAMME_ID, asOf))!;
  const [raw] = await prisma.$queryRaw<Array<{ allocated: bigint }>>`
    SELECT COALESCE(SUM(a.amount), 0)::bigint AS allocated FROM map_allocation a JOIN map_channel c ON c.id = a."channelId" WHERE c."programmeId" = ${DEMO_PROGRAMME_ID}`;
  expect(report.totals.allocated).toBe(raw!.allocated);
  return report;
}

describe("the ledger under random entries and reversals", () => {
  it("keeps every balance ≥ 0, every channel ≤ its ceiling, and the 2001 programme reconciled exactly", { timeout: 600_000 }, async () => {
    await seedDemo(process.env.DATABASE_URL!, () => {});
    const staff = await actorWithRole("STAFF");
    focus = [
      ...(await prisma.financialInstitution.findMany({ where: { type: "LKM" }, orderBy: { id: "asc" }, take: 3, select: { id: true } })),
      ...(await prisma.financialInstitution.findMany({
        where: { type: "KSP_USP" },
        orderBy: { id: "asc" },
        take: 3,
        select: { id: true },
      })),
    ].map((i) => i.id);
    const asOf = new Date("2026-11-28T00:00:00Z");
    const seeded = await checkInvariants(asOf);
    expect(seeded.reconciliation.ok).toBe(true);
    const planAllocations = async () =>
      prisma.$queryRaw<Array<{ institutionId: string; net: bigint }>>`
        SELECT "institutionId", SUM(amount)::bigint AS net FROM map_allocation GROUP BY 1 HAVING SUM(amount) <> 0 ORDER BY 1`;
    const plan = JSON.stringify(await planAllocations(), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        for (const o of ops) await apply(staff, o);
        const report = await checkInvariants(asOf);
        // When the entries and reversals leave every institution with its planned
        // allocation (e.g. a reversal corrected by the same amount), the programme
        // reconciles exactly as seeded; disbursements and repayments never disturb it.
        const now = JSON.stringify(await planAllocations(), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
        if (now === plan) expect(report.reconciliation.ok).toBe(true);
        else expect(report.reconciliation.lines.find((l) => l.key === "allocatedVsBudget")!.actual).toBe(report.totals.allocated);
      }),
      {
        numRuns: Number(process.env.LEDGER_PROPERTY_RUNS ?? 25),
        seed: process.env.LEDGER_PROPERTY_SEED ? Number(process.env.LEDGER_PROPERTY_SEED) : undefined,
      },
    );
  });
});
