import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Row locks for the money rules. Every verb that checks a sum against a limit first
// locks the row that carries the limit (SELECT … FOR UPDATE), so two concurrent
// writes are checked one after the other and cannot together overrun it. Lock order,
// the same everywhere, so no two verbs deadlock: programme, then channel;
// institution; disbursement.

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
  const rows = await tx.$queryRaw<Array<{ id: string; amount: bigint; disbursedOn: Date; smeId: string; institutionId: string }>>`
    SELECT id, amount, "disbursedOn", "smeId", "institutionId" FROM disbursement WHERE id = ${disbursementId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
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
