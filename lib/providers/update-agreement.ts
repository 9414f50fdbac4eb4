import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAgreementSchema } from "@/lib/providers/schema";
import { SupportRuleError } from "@/lib/support/rule-error";
import { assertClusters } from "@/lib/providers/agreement-clusters";

/** Edits an agreement and replaces its list of centres (optimistic concurrency on `version`). */
export async function updateAgreement({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "providers:manage")) throw new AppError("FORBIDDEN");
  const { id, version, clusterIds, ...data } = updateAgreementSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.bdsAgreement.findUnique({ where: { id }, include: { clusters: { select: { clusterId: true } } } });
    if (!before || before.providerId !== data.providerId) throw new AppError("NOT_FOUND");
    if (
      before.year !== data.year &&
      (await tx.bdsAgreement.findUnique({
        where: { providerId_year: { providerId: data.providerId, year: data.year } },
        select: { id: true },
      }))
    ) {
      throw new SupportRuleError("AGREEMENT_EXISTS", "year");
    }
    await assertClusters(tx, clusterIds);
    const { count } = await tx.bdsAgreement.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    const wanted = new Set(clusterIds);
    const had = new Set(before.clusters.map((c) => c.clusterId));
    await tx.bdsAgreementCluster.deleteMany({ where: { agreementId: id, clusterId: { notIn: [...wanted] } } });
    const added = [...wanted].filter((c) => !had.has(c));
    if (added.length) await tx.bdsAgreementCluster.createMany({ data: added.map((clusterId) => ({ agreementId: id, clusterId })) });
    const after = await tx.bdsAgreement.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "bdsAgreement.update",
      entityType: "BdsAgreement",
      entityId: id,
      before: { ...before, clusters: undefined, clusterIds: [...had] },
      after: { ...after, clusterIds: [...wanted] },
    });
    return after;
  });
}
