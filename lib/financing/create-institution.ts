import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createInstitutionSchema } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";
import { assertRefs } from "@/lib/financing/institution-refs";

export async function createInstitution({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = createInstitutionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await assertRefs(tx, data);
    const dup = await tx.financialInstitution.findUnique({
      where: { type_name_provinceCode: { type: data.type, name: data.name, provinceCode: data.provinceCode } },
      select: { id: true },
    });
    if (dup) throw new SupportRuleError("INSTITUTION_EXISTS", "name");
    const created = await tx.financialInstitution.create({ data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "financialInstitution.create",
      entityType: "FinancialInstitution",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}
