import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { allocatedSums, lockProgramme } from "@/lib/financing/locks";
import { saveChannelSchema } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";

/**
 * Adds a channel to a programme, or changes one (optimistic concurrency on
 * `version`). A ceiling may not fall below what the channel has already allocated;
 * the programme row is locked first, as in createAllocation.
 */
export async function saveChannel({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const { id, version, programmeId, ...data } = saveChannelSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await lockProgramme(tx, programmeId);
    if (!id) {
      const exists = await tx.mapChannel.findUnique({
        where: { programmeId_channel: { programmeId, channel: data.channel } },
        select: { id: true },
      });
      if (exists) throw new SupportRuleError("CHANNEL_EXISTS", "channel");
      const created = await tx.mapChannel.create({ data: { programmeId, ...data } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "mapChannel.create",
        entityType: "MapChannel",
        entityId: created.id,
        after: created,
      });
      return created;
    }
    const before = await tx.mapChannel.findFirst({ where: { id, programmeId } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.channel !== data.channel)
      throw new AppError("INVALID_INPUT", "channel type is fixed", { field: "channel", fieldMessage: "invalidChoice" });
    const { channelTotal } = await allocatedSums(tx, programmeId, id);
    if (data.ceiling < channelTotal) throw new SupportRuleError("CEILING_BELOW_ALLOCATED", "ceiling", { allocated: channelTotal });
    const { count } = await tx.mapChannel.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.mapChannel.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "mapChannel.update", entityType: "MapChannel", entityId: id, before, after });
    return after;
  });
}
