import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelPlanSchema } from "@/lib/support/schema";

/** Cancels an open plan (optimistic concurrency on `version`); done plans stay as they are. */
export async function cancelPlannedAction({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "support:plan")) throw new AppError("FORBIDDEN");
  const { id, version } = cancelPlanSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.plannedAction.findFirst({ where: { id, cluster: clusterAccessWhere(actor) } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.plannedAction.updateMany({
      where: { id, version, status: "PLANNED" },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.plannedAction.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "plannedAction.cancel", entityType: "PlannedAction", entityId: id, before, after });
    return after;
  });
}
