import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateInstitutionSchema } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";
import { assertRefs } from "@/lib/financing/institution-refs";

/** Optimistic concurrency on `version`; the type is fixed once money was allocated through it. */
export async function updateInstitution({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const { id, version, ...data } = updateInstitutionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.financialInstitution.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    await assertRefs(tx, data);
    if (before.type !== data.type && (await tx.mapAllocation.count({ where: { institutionId: id } })) > 0) {
      throw new SupportRuleError("INSTITUTION_HAS_ALLOCATIONS", "type");
    }
    const dup = await tx.financialInstitution.findFirst({
      where: { type: data.type, name: data.name, provinceCode: data.provinceCode, id: { not: id } },
      select: { id: true },
    });
    if (dup) throw new SupportRuleError("INSTITUTION_EXISTS", "name");
    const { count } = await tx.financialInstitution.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.financialInstitution.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "financialInstitution.update",
      entityType: "FinancialInstitution",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
