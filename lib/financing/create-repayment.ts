import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockDisbursement, repaidSum } from "@/lib/financing/locks";
import { createRepaymentSchema } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";

/** A repayment of a disbursement, never above what is still outstanding (checked under a row lock). */
export async function createRepayment({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = createRepaymentSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const disbursement = await lockDisbursement(tx, data.disbursementId);
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
  });
}
