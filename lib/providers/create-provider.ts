import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createProviderSchema } from "@/lib/providers/schema";
import { SupportRuleError } from "@/lib/support/rule-error";
import { assertProvince } from "@/lib/providers/provider-province";

/** Registers a BDS provider (LPB): profile, accreditation, network, and which of the ten services it offers. */
export async function createProvider({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "providers:manage")) throw new AppError("FORBIDDEN");
  const data = createProviderSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await assertProvince(tx, data.provinceCode);
    if (await tx.bdsProvider.findUnique({ where: { name: data.name }, select: { id: true } }))
      throw new SupportRuleError("PROVIDER_NAME_TAKEN", "name");
    const provider = await tx.bdsProvider.create({ data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "bdsProvider.create",
      entityType: "BdsProvider",
      entityId: provider.id,
      after: provider,
    });
    return provider;
  });
}
