import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliveryAccessWhere } from "@/lib/providers/access";
import { updateDeliverySchema } from "@/lib/providers/schema";
import { SupportRuleError } from "@/lib/support/rule-error";

/** Later facts about a delivery: participants, fee, and the financing the served SMEs obtained (indirect income). */
export async function updateDelivery({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "services:record")) throw new AppError("FORBIDDEN");
  const { id, version, ...data } = updateDeliverySchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.serviceDelivery.findFirst({
      where: { AND: [{ id }, deliveryAccessWhere(actor)] },
      include: { _count: { select: { smes: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (data.participantCount < before._count.smes) throw new SupportRuleError("PARTICIPANTS_BELOW_SMES", "participantCount");
    const { count } = await tx.serviceDelivery.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.serviceDelivery.findUniqueOrThrow({ where: { id } });
    const { _count: _ignored, ...snapshot } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "serviceDelivery.update",
      entityType: "ServiceDelivery",
      entityId: id,
      before: snapshot,
      after,
    });
    return after;
  });
}
