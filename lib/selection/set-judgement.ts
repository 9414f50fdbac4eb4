import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { judgementSchema } from "@/lib/selection/schema";

/** The analyst's judgement on the three criteria for one cluster. */
export async function setJudgement({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "selection:judge")) throw new AppError("FORBIDDEN");
  const { clusterId, version, ...data } = judgementSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.cluster.findFirst({
      where: { id: clusterId, status: "ACTIVE" },
      select: { id: true, name: true, judgementMarket: true, judgementEmployment: true, judgementLocal: true, judgementNote: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.cluster.updateMany({ where: { id: clusterId, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cluster.judgement",
      entityType: "Cluster",
      entityId: clusterId,
      before,
      after: data,
    });
    return before;
  });
}
