import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decisionSchema } from "@/lib/selection/schema";

/** Designates a cluster as a priority (or withdraws it), recording who, when and why. */
export async function decideDesignation({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "selection:decide")) throw new AppError("FORBIDDEN");
  const { clusterId, version, isDesignated, reason } = decisionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.cluster.findFirst({
      where: { id: clusterId, status: "ACTIVE" },
      select: { id: true, name: true, isDesignated: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.cluster.updateMany({ where: { id: clusterId, version }, data: { isDesignated, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    const decision = await tx.designationDecision.create({ data: { clusterId, isDesignated, reason, decidedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cluster.designation",
      entityType: "Cluster",
      entityId: clusterId,
      before: { isDesignated: before.isDesignated },
      after: { isDesignated, reason, decisionId: decision.id },
    });
    return before;
  });
}
