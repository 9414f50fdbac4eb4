import "server-only";

/**
 * The programme ledger as SQL building blocks. Amounts are summed in PostgreSQL
 * (numeric sums of bigint, exact) and come back as text, read with BigInt: no
 * floating point anywhere between the rows and the page.
 *
 * A disbursement belongs to the institution that made it; an institution belongs
 * to the channel of its type. Within one programme that is a function (one channel
 * per type), so the channel and province figures add up to the programme's.
 * Overdue: due date before the as-of date with something still outstanding.
 *
 * Reversals: a reversal row carries the negated amount, so sums of amounts net out
 * by themselves. Per-loan figures (outstanding, overdue, loan counts) leave out a
 * reversed loan and its reversal together (liveLoan), and an institution whose
 * allocations in a channel net to zero is not counted as reached.
 *
 * $1 = programme id, $2 = as-of date.
 */
/** A disbursement (the row `alias`) that is neither a reversal nor reversed: a loan that stands. */
export function liveLoan(alias: string): string {
  return `${alias}."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM disbursement x WHERE x."reversesId" = ${alias}.id)`;
}

export const PROGRAMME_LEDGER = `
  ch AS (SELECT id, channel, ceiling, "standardAmount", "plannedInstitutions", "plannedProvinces" FROM map_channel WHERE "programmeId" = $1),
  alloc AS (
    SELECT a."channelId", a."institutionId", SUM(a.amount) AS allocated, COUNT(*) AS allocations
    FROM map_allocation a JOIN ch ON ch.id = a."channelId" GROUP BY 1, 2
    HAVING SUM(a.amount) <> 0
  ),
  loan AS (
    SELECT d.id, d."institutionId", d."smeId", d.amount, d."dueOn",
           COALESCE((SELECT SUM(r.amount) FROM repayment r WHERE r."disbursementId" = d.id), 0) AS repaid
    FROM disbursement d WHERE d."institutionId" IN (SELECT "institutionId" FROM alloc) AND ${liveLoan("d")}
  ),
  per_inst AS (
    SELECT al."channelId", al."institutionId", fi."provinceCode", al.allocated,
           COALESCE(SUM(l.amount), 0) AS disbursed,
           COALESCE(SUM(l.repaid), 0) AS repaid,
           COALESCE(SUM(l.amount - l.repaid) FILTER (WHERE l."dueOn" < $2::date AND l.amount > l.repaid), 0) AS overdue,
           COUNT(l.id) FILTER (WHERE l."dueOn" < $2::date AND l.amount > l.repaid) AS overdue_loans,
           COUNT(l.id) AS loans
    FROM alloc al
    JOIN financial_institution fi ON fi.id = al."institutionId"
    LEFT JOIN loan l ON l."institutionId" = al."institutionId"
    GROUP BY 1, 2, 3, 4
  )`;

/** Columns summing a group of per_inst rows, all as text or int. */
export const LEDGER_SUMS = `
  COALESCE(SUM(pi.allocated), 0)::text AS allocated,
  COALESCE(SUM(pi.disbursed), 0)::text AS disbursed,
  COALESCE(SUM(pi.repaid), 0)::text AS repaid,
  COALESCE(SUM(pi.overdue), 0)::text AS overdue,
  COALESCE(SUM(pi.loans), 0)::int AS loans,
  COALESCE(SUM(pi.overdue_loans), 0)::int AS "overdueLoans",
  COUNT(pi."institutionId")::int AS institutions,
  COUNT(DISTINCT pi."provinceCode")::int AS provinces`;

export interface LedgerRow {
  allocated: string;
  disbursed: string;
  repaid: string;
  overdue: string;
  loans: number;
  overdueLoans: number;
  institutions: number;
  provinces: number;
}

export interface Ledger {
  allocated: bigint;
  disbursed: bigint;
  repaid: bigint;
  outstanding: bigint;
  overdue: bigint;
  /** Overdue outstanding ÷ outstanding, for display only (the amounts stay exact). */
  nplShare: number;
  loans: number;
  overdueLoans: number;
  institutions: number;
  provinces: number;
}

export function toLedger(row: LedgerRow): Ledger {
  const disbursed = BigInt(row.disbursed);
  const repaid = BigInt(row.repaid);
  const outstanding = disbursed - repaid;
  const overdue = BigInt(row.overdue);
  return {
    allocated: BigInt(row.allocated),
    disbursed,
    repaid,
    outstanding,
    overdue,
    nplShare: shareOf(overdue, outstanding),
    loans: row.loans,
    overdueLoans: row.overdueLoans,
    institutions: row.institutions,
    provinces: row.provinces,
  };
}

/** One institution with its balance, as the institution lists select it (amounts as text). */
export interface InstitutionBalanceSqlRow {
  id: string;
  name: string;
  province: string;
  cluster: string | null;
  clusterId: string | null;
  allocated: string;
  disbursed: string;
  repaid: string;
  overdue: string;
  loans: number;
}

/** The row with exact amounts, what is left to disburse, what is still owed, and the non-performing share. */
export function toInstitutionBalance<R extends InstitutionBalanceSqlRow>(row: R) {
  const allocated = BigInt(row.allocated);
  const disbursed = BigInt(row.disbursed);
  const repaid = BigInt(row.repaid);
  const overdue = BigInt(row.overdue);
  const outstanding = disbursed - repaid;
  return {
    ...row,
    allocated,
    disbursed,
    repaid,
    overdue,
    remaining: allocated - disbursed,
    outstanding,
    nplShare: shareOf(overdue, outstanding),
  };
}

/** part ÷ whole as a number for percentages; exact to 1/10 000 (basis points in bigint first). */
export function shareOf(part: bigint, whole: bigint): number {
  if (whole <= 0n) return 0;
  return Number((part * 10_000n) / whole) / 10_000;
}

export function sumLedgers(rows: Ledger[]): Omit<Ledger, "provinces"> {
  const total = rows.reduce(
    (acc, r) => ({
      allocated: acc.allocated + r.allocated,
      disbursed: acc.disbursed + r.disbursed,
      repaid: acc.repaid + r.repaid,
      outstanding: acc.outstanding + r.outstanding,
      overdue: acc.overdue + r.overdue,
      loans: acc.loans + r.loans,
      overdueLoans: acc.overdueLoans + r.overdueLoans,
      institutions: acc.institutions + r.institutions,
    }),
    { allocated: 0n, disbursed: 0n, repaid: 0n, outstanding: 0n, overdue: 0n, loans: 0, overdueLoans: 0, institutions: 0 },
  );
  return { ...total, nplShare: shareOf(total.overdue, total.outstanding) };
}
