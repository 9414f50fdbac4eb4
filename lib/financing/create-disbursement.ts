import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { institutionBalance, lockInstitution } from "@/lib/financing/locks";
import { createDisbursementSchema, type CreateDisbursementData } from "@/lib/financing/schema";
import { addMonths } from "@/lib/support/fields";
import { matchPlannedActions } from "@/lib/support/match-planned";
import { SupportRuleError } from "@/lib/support/rule-error";

/**
 * A loan or capital from an institution to an SME. Refused above the institution's
 * remaining allocation (allocated − disbursed), checked under a lock on the
 * institution's row. The due date is the disbursement date plus the term.
 */
export async function createDisbursement({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = createDisbursementSchema.parse(input);
  return prisma.$transaction((tx) => disburseInTx(tx, actor, data));
}

/** The disbursement inside a caller's transaction (also the corrected entry after a reversal). */
export async function disburseInTx(tx: Tx, actor: SessionUser, data: CreateDisbursementData) {
  const institution = await lockInstitution(tx, data.institutionId);
  const sme = await tx.sme.findUnique({
    where: { id: data.smeId },
    select: { id: true, status: true, clusterId: true, businessName: true },
  });
  if (!sme) throw new SupportRuleError("SME_INACTIVE", "smeId");
  if (sme.status !== "ACTIVE") throw new SupportRuleError("SME_INACTIVE", "smeId");
  const balance = await institutionBalance(tx, institution.id);
  if (data.amount > balance.remaining) {
    throw new SupportRuleError("REMAINING_ALLOCATION", "amount", {
      remaining: balance.remaining < 0n ? 0n : balance.remaining,
      allocated: balance.allocated,
    });
  }
  const disbursement = await tx.disbursement.create({
    data: {
      institutionId: institution.id,
      smeId: sme.id,
      amount: data.amount,
      disbursedOn: data.disbursedOn,
      purpose: data.purpose,
      termMonths: data.termMonths,
      dueOn: addMonths(data.disbursedOn, data.termMonths),
      recordedById: actor.id,
    },
    select: { id: true, institutionId: true, smeId: true, amount: true, disbursedOn: true, dueOn: true, termMonths: true, purpose: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "disbursement.create",
    entityType: "Disbursement",
    entityId: disbursement.id,
    after: disbursement,
  });
  await matchPlannedActions(tx, sme.clusterId, actor.id);
  return { ...disbursement, smeName: sme.businessName, clusterId: sme.clusterId };
}
