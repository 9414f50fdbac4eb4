import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createAgreementSchema } from "@/lib/providers/schema";
import { SupportRuleError } from "@/lib/support/rule-error";
import { assertClusters } from "@/lib/providers/agreement-clusters";

/** A provider's cooperation agreement with the ministry for one year, covering designated centres. */
export async function createAgreement({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "providers:manage")) throw new AppError("FORBIDDEN");
  const { clusterIds, ...data } = createAgreementSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.bdsProvider.findUnique({ where: { id: data.providerId }, select: { id: true } }))) throw new AppError("NOT_FOUND");
    if (
      await tx.bdsAgreement.findUnique({
        where: { providerId_year: { providerId: data.providerId, year: data.year } },
        select: { id: true },
      })
    ) {
      throw new SupportRuleError("AGREEMENT_EXISTS", "year");
    }
    await assertClusters(tx, clusterIds);
    const agreement = await tx.bdsAgreement.create({
      data: { ...data, clusters: { create: [...new Set(clusterIds)].map((clusterId) => ({ clusterId })) } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "bdsAgreement.create",
      entityType: "BdsAgreement",
      entityId: agreement.id,
      after: { ...agreement, clusterIds },
    });
    return agreement;
  });
}
