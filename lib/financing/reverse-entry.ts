import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { allocateInTx } from "@/lib/financing/create-allocation";
import { disburseInTx } from "@/lib/financing/create-disbursement";
import { repayInTx } from "@/lib/financing/create-repayment";
import {
  institutionBalance,
  lockAllocation,
  lockChannel,
  lockDisbursement,
  lockInstitution,
  lockProgramme,
  lockRepayment,
  repaidSum,
} from "@/lib/financing/locks";
import { reverseEntrySchema, type ReverseEntryData } from "@/lib/financing/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { reopenPlansMatchedTo } from "@/lib/support/match-planned";
import { SupportRuleError } from "@/lib/support/rule-error";

/**
 * Corrects a ledger entry the way ledgers do: the entry stays as it was, and a new
 * row with `reversesId` pointing at it carries the negated amount and the reason;
 * optionally the corrected entry follows in the same transaction, checked against
 * the same limits under the same locks as a new entry.
 *
 * Refused: a reversal of a reversal, of an entry already reversed (also when two
 * reversals race: both lock the entry, the second sees the first), of an entry on
 * another institution's ledger, an allocation reversal that would leave the
 * institution with more disbursed than allocated, and a disbursement reversal while
 * repayments of it stand (reverse those first).
 */
export async function reverseEntry({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = reverseEntrySchema.parse(input);
  try {
    return await prisma.$transaction((tx) => reverseInTx(tx, actor, data));
  } catch (err) {
    // The unique index on reversesId is the last line: a reversal that slipped past the lock.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
      throw new SupportRuleError("ALREADY_REVERSED", "entryId");
    throw err;
  }
}

function assertReversible(entry: { reversesId: string | null; reversedById: string | null }) {
  if (entry.reversesId !== null) throw new SupportRuleError("REVERSAL_OF_REVERSAL", "entryId");
  if (entry.reversedById !== null) throw new SupportRuleError("ALREADY_REVERSED", "entryId");
}

function assertSameInstitution(entryInstitutionId: string, data: ReverseEntryData) {
  if (entryInstitutionId !== data.institutionId) throw new SupportRuleError("NOT_SAME_INSTITUTION", "entryId");
}

async function reverseInTx(tx: Tx, actor: SessionUser, data: ReverseEntryData) {
  switch (data.kind) {
    case "ALLOCATION":
      return reverseAllocation(tx, actor, data);
    case "DISBURSEMENT":
      return reverseDisbursement(tx, actor, data);
    case "REPAYMENT":
      return reverseRepayment(tx, actor, data);
  }
}

async function reverseAllocation(tx: Tx, actor: SessionUser, data: ReverseEntryData) {
  const found = await tx.mapAllocation.findUnique({
    where: { id: data.entryId },
    select: { institutionId: true, channelId: true, channel: { select: { programmeId: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  assertSameInstitution(found.institutionId, data);
  // Lock order: programme, channel, institution, then the entry.
  await lockProgramme(tx, found.channel.programmeId);
  await lockChannel(tx, found.channelId);
  await lockInstitution(tx, found.institutionId);
  const original = await lockAllocation(tx, data.entryId);
  assertReversible(original);
  const balance = await institutionBalance(tx, original.institutionId);
  if (balance.remaining < original.amount) {
    throw new SupportRuleError("REVERSAL_OVERDRAWS", "entryId", { remaining: balance.remaining, amount: original.amount });
  }
  const reversal = await tx.mapAllocation.create({
    data: {
      channelId: original.channelId,
      institutionId: original.institutionId,
      amount: -original.amount,
      allocatedOn: data.reversedOn,
      recordedById: actor.id,
      reversesId: original.id,
      reversalReason: data.reason,
    },
    select: { id: true, amount: true, allocatedOn: true, reversesId: true, reversalReason: true },
  });
  await audit(tx, actor, "MapAllocation", "mapAllocation.reverse", original, reversal);
  const corrected =
    data.correctedAmount == null
      ? null
      : await allocateInTx(tx, actor, {
          channelId: original.channelId,
          institutionId: original.institutionId,
          amount: data.correctedAmount,
          allocatedOn: original.allocatedOn,
        });
  return {
    reversalId: reversal.id,
    correctedId: corrected?.id ?? null,
    institutionId: original.institutionId,
    programmeId: found.channel.programmeId,
  };
}

async function reverseDisbursement(tx: Tx, actor: SessionUser, data: ReverseEntryData) {
  const found = await tx.disbursement.findUnique({ where: { id: data.entryId }, select: { institutionId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  assertSameInstitution(found.institutionId, data);
  await lockInstitution(tx, found.institutionId);
  const original = await lockDisbursement(tx, data.entryId);
  assertReversible(original);
  if ((await repaidSum(tx, original.id)) !== 0n) throw new SupportRuleError("REVERSAL_HAS_REPAYMENTS", "entryId");
  const full = await tx.disbursement.findUniqueOrThrow({
    where: { id: original.id },
    select: { purpose: true, termMonths: true, dueOn: true, sme: { select: { clusterId: true } } },
  });
  const reversal = await tx.disbursement.create({
    data: {
      institutionId: original.institutionId,
      smeId: original.smeId,
      amount: -original.amount,
      disbursedOn: data.reversedOn,
      purpose: full.purpose,
      termMonths: full.termMonths,
      dueOn: full.dueOn,
      recordedById: actor.id,
      reversesId: original.id,
      reversalReason: data.reason,
    },
    select: { id: true, amount: true, disbursedOn: true, reversesId: true, reversalReason: true },
  });
  await audit(tx, actor, "Disbursement", "disbursement.reverse", original, reversal);
  // A plan this loan had settled is open again (the corrected loan may settle it anew).
  await reopenPlansMatchedTo(tx, { matchedDisbursementId: original.id }, actor.id);
  const corrected =
    data.correctedAmount == null
      ? null
      : await disburseInTx(tx, actor, {
          institutionId: original.institutionId,
          smeId: original.smeId,
          amount: data.correctedAmount,
          disbursedOn: original.disbursedOn,
          purpose: full.purpose,
          termMonths: full.termMonths,
        });
  return {
    reversalId: reversal.id,
    correctedId: corrected?.id ?? null,
    institutionId: original.institutionId,
    clusterId: full.sme.clusterId,
  };
}

async function reverseRepayment(tx: Tx, actor: SessionUser, data: ReverseEntryData) {
  const found = await tx.repayment.findUnique({
    where: { id: data.entryId },
    select: { disbursementId: true, disbursement: { select: { institutionId: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  assertSameInstitution(found.disbursement.institutionId, data);
  await lockDisbursement(tx, found.disbursementId);
  const original = await lockRepayment(tx, data.entryId);
  assertReversible(original);
  const reversal = await tx.repayment.create({
    data: {
      disbursementId: original.disbursementId,
      amount: -original.amount,
      paidOn: data.reversedOn,
      recordedById: actor.id,
      reversesId: original.id,
      reversalReason: data.reason,
    },
    select: { id: true, amount: true, paidOn: true, reversesId: true, reversalReason: true },
  });
  await audit(tx, actor, "Repayment", "repayment.reverse", original, reversal);
  const corrected =
    data.correctedAmount == null
      ? null
      : await repayInTx(tx, actor, { disbursementId: original.disbursementId, amount: data.correctedAmount, paidOn: original.paidOn });
  return { reversalId: reversal.id, correctedId: corrected?.id ?? null, institutionId: found.disbursement.institutionId };
}

async function audit(tx: Tx, actor: SessionUser, entityType: string, action: string, before: { id: string }, reversal: { id: string }) {
  await recordAudit(tx, { actorId: actor.id, action, entityType, entityId: before.id, before, after: reversal });
}
