import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockDisbursement, repaidSum } from "@/lib/financing/locks";
import { createRepaymentSchema, type CreateRepaymentData } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";

/** A repayment of a disbursement, never above what is still outstanding (checked under a row lock). */
export async function createRepayment({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = createRepaymentSchema.parse(input);
  return prisma.$transaction((tx) => repayInTx(tx, actor, data));
}

/** The repayment inside a caller's transaction (also the corrected entry after a reversal). */
export async function repayInTx(tx: Tx, actor: SessionUser, data: CreateRepaymentData) {
  const disbursement = await lockDisbursement(tx, data.disbursementId);
  // A reversal row, or a loan that was reversed, is cancelled: nothing is owed on it.
  if (disbursement.reversesId !== null || disbursement.reversedById !== null)
    throw new SupportRuleError("ENTRY_REVERSED", "disbursementId");
  if (data.paidOn < disbursement.disbursedOn) throw new SupportRuleError("REPAYMENT_BEFORE_DISBURSEMENT", "paidOn");
  const outstanding = disbursement.amount - (await repaidSum(tx, disbursement.id));
  if (data.amount > outstanding) throw new SupportRuleError("OUTSTANDING", "amount", { outstanding });
  const repayment = await tx.repayment.create({
    data: { disbursementId: disbursement.id, amount: data.amount, paidOn: data.paidOn, recordedById: actor.id },
    select: { id: true, disbursementId: true, amount: true, paidOn: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "repayment.create",
    entityType: "Repayment",
    entityId: repayment.id,
    after: repayment,
  });
  return { ...repayment, institutionId: disbursement.institutionId, outstanding: outstanding - data.amount };
}
