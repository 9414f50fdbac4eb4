import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Row locks for the money rules. Every verb that checks a sum against a limit first
// locks the row that carries the limit (SELECT … FOR UPDATE), so two concurrent
// writes are checked one after the other and cannot together overrun it. Lock order,
// the same everywhere, so no two verbs deadlock: programme, then channel;
// institution; disbursement; and last the entry a reversal corrects.
//
// Reversal rows carry the negated amount, so every SUM below counts them as they are.

export async function lockProgramme(tx: Tx, programmeId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string; budget: bigint; name: string }>>`
    SELECT id, budget, name FROM map_programme WHERE id = ${programmeId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}

export async function lockChannel(tx: Tx, channelId: string) {
  const rows = await tx.$queryRaw<
    Array<{ id: string; programmeId: string; channel: string; ceiling: bigint; standardAmount: bigint | null; version: number }>
  >`
    SELECT id, "programmeId", channel::text AS channel, ceiling, "standardAmount", version FROM map_channel WHERE id = ${channelId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}

export async function lockInstitution(tx: Tx, institutionId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string; type: string; name: string; provinceCode: string }>>`
    SELECT id, type::text AS type, name, "provinceCode" FROM financial_institution WHERE id = ${institutionId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}

export async function lockDisbursement(tx: Tx, disbursementId: string) {
  const rows = await tx.$queryRaw<
    Array<{
      id: string;
      amount: bigint;
      disbursedOn: Date;
      smeId: string;
      institutionId: string;
      reversesId: string | null;
    }>
  >`
    SELECT d.id, d.amount, d."disbursedOn", d."smeId", d."institutionId", d."reversesId"
    FROM disbursement d WHERE d.id = ${disbursementId} FOR UPDATE OF d`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return { ...rows[0], reversedById: await reversalOf(tx.disbursement, rows[0].id) };
}

// Ledger entries themselves are locked last (after the row carrying their limit).
// Whether an entry is already reversed is read in a statement of its own, after the
// lock is held: under READ COMMITTED a statement sees what was committed when it
// started, so a subquery in the locking statement itself would still see the world
// from before it waited, and a repayment queued behind a reversal would slip through.
// Read afterwards, the second of two racing writers sees the first and is refused.

export async function lockAllocation(tx: Tx, allocationId: string) {
  const rows = await tx.$queryRaw<
    Array<{
      id: string;
      amount: bigint;
      allocatedOn: Date;
      channelId: string;
      institutionId: string;
      reversesId: string | null;
    }>
  >`
    SELECT a.id, a.amount, a."allocatedOn", a."channelId", a."institutionId", a."reversesId"
    FROM map_allocation a WHERE a.id = ${allocationId} FOR UPDATE OF a`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return { ...rows[0], reversedById: await reversalOf(tx.mapAllocation, rows[0].id) };
}

export async function lockRepayment(tx: Tx, repaymentId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string; amount: bigint; paidOn: Date; disbursementId: string; reversesId: string | null }>>`
    SELECT p.id, p.amount, p."paidOn", p."disbursementId", p."reversesId"
    FROM repayment p WHERE p.id = ${repaymentId} FOR UPDATE OF p`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return { ...rows[0], reversedById: await reversalOf(tx.repayment, rows[0].id) };
}

/** Allocated so far in one channel and in its whole programme (exact: numeric sums cast back to bigint). */
export async function allocatedSums(tx: Tx, programmeId: string, channelId: string) {
  const rows = await tx.$queryRaw<Array<{ channelTotal: bigint; programmeTotal: bigint }>>`
    SELECT COALESCE(SUM(a.amount) FILTER (WHERE a."channelId" = ${channelId}), 0)::bigint AS "channelTotal",
           COALESCE(SUM(a.amount), 0)::bigint AS "programmeTotal"
    FROM map_allocation a JOIN map_channel c ON c.id = a."channelId"
    WHERE c."programmeId" = ${programmeId}`;
  return rows[0] ?? { channelTotal: 0n, programmeTotal: 0n };
}

/** What an institution may still disburse: everything allocated to it minus everything it disbursed. */
export async function institutionBalance(tx: Tx, institutionId: string) {
  const rows = await tx.$queryRaw<Array<{ allocated: bigint; disbursed: bigint }>>`
    SELECT (SELECT COALESCE(SUM(amount), 0) FROM map_allocation WHERE "institutionId" = ${institutionId})::bigint AS allocated,
           (SELECT COALESCE(SUM(amount), 0) FROM disbursement WHERE "institutionId" = ${institutionId})::bigint AS disbursed`;
  const row = rows[0] ?? { allocated: 0n, disbursed: 0n };
  return { ...row, remaining: row.allocated - row.disbursed };
}

export async function repaidSum(tx: Tx, disbursementId: string): Promise<bigint> {
  const rows = await tx.$queryRaw<Array<{ repaid: bigint }>>`
    SELECT COALESCE(SUM(amount), 0)::bigint AS repaid FROM repayment WHERE "disbursementId" = ${disbursementId}`;
  return rows[0]?.repaid ?? 0n;
}

/** The reversal of an entry, read in a fresh statement (see above): its id, or null. */
async function reversalOf(
  table: { findFirst(args: { where: { reversesId: string }; select: { id: true } }): Promise<{ id: string } | null> },
  entryId: string,
): Promise<string | null> {
  return (await table.findFirst({ where: { reversesId: entryId }, select: { id: true } }))?.id ?? null;
}
