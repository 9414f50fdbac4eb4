import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveJointProgrammeSchema } from "@/lib/providers/schema";

/**
 * A joint programme between two BDS providers (year-two agenda, docs/monitoring.md):
 * created from one provider's page with a partner, then edited under its version from
 * either side's page. Staff and admins only. The partner must be another registered
 * provider; an edit must come from one of the two providers' pages.
 */
export async function saveJointProgramme({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "providers:manage")) throw new AppError("FORBIDDEN");
  const { id, version, providerId, partnerId, ...data } = saveJointProgrammeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const found = await tx.bdsProvider.findMany({ where: { id: { in: [providerId, partnerId] } }, select: { id: true } });
    if (!found.some((p) => p.id === providerId)) throw new AppError("NOT_FOUND");
    if (!found.some((p) => p.id === partnerId))
      throw new AppError("INVALID_INPUT", "unknown partner", { field: "partnerId", fieldMessage: "unknownPartner" });
    const values = { ...data, startedOn: data.startedOn ?? null, recordedById: actor.id };
    if (!id) {
      const created = await tx.bdsJointProgramme.create({ data: { ...values, providerId, partnerId } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "bdsJointProgramme.create",
        entityType: "BdsJointProgramme",
        entityId: created.id,
        after: created,
      });
      return created;
    }
    // Either side may edit it; the pair itself stays as it was created.
    const before = await tx.bdsJointProgramme.findFirst({
      where: { id, OR: [{ providerId }, { partnerId: providerId }] },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (partnerId !== (before.providerId === providerId ? before.partnerId : before.providerId))
      throw new AppError("INVALID_INPUT", "partner changed", { field: "partnerId", fieldMessage: "partnerFixed" });
    const { count } = await tx.bdsJointProgramme.updateMany({
      where: { id, version: version ?? -1 },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.bdsJointProgramme.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "bdsJointProgramme.update",
      entityType: "BdsJointProgramme",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
