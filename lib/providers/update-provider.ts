import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateProviderSchema } from "@/lib/providers/schema";
import { SupportRuleError } from "@/lib/support/rule-error";
import { assertProvince } from "@/lib/providers/provider-province";

/** Saves the provider form; a record someone else saved in the meantime is a CONFLICT. */
export async function updateProvider({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "providers:manage")) throw new AppError("FORBIDDEN");
  const { id, version, ...data } = updateProviderSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.bdsProvider.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    await assertProvince(tx, data.provinceCode);
    if (await tx.bdsProvider.findFirst({ where: { name: data.name, id: { not: id } }, select: { id: true } }))
      throw new SupportRuleError("PROVIDER_NAME_TAKEN", "name");
    const { count } = await tx.bdsProvider.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.bdsProvider.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "bdsProvider.update", entityType: "BdsProvider", entityId: id, before, after });
    return after;
  });
}
