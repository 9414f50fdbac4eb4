import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { allocatedSums, lockChannel, lockProgramme } from "@/lib/financing/locks";
import { createAllocationSchema, type CreateAllocationData } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";

/**
 * Allocates MAP money from a programme channel to an institution of that channel's
 * type. Refused when the channel's allocations would pass its ceiling or the
 * programme's allocations its budget. The programme and channel rows are locked
 * first, so concurrent allocations are checked one after the other.
 */
export async function createAllocation({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = createAllocationSchema.parse(input);
  return prisma.$transaction((tx) => allocateInTx(tx, actor, data));
}

/** The allocation inside a caller's transaction (also the corrected entry after a reversal). */
export async function allocateInTx(tx: Tx, actor: SessionUser, data: CreateAllocationData) {
  const found = await tx.mapChannel.findUnique({ where: { id: data.channelId }, select: { programmeId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const programme = await lockProgramme(tx, found.programmeId);
  const channel = await lockChannel(tx, data.channelId);
  const institution = await tx.financialInstitution.findUnique({
    where: { id: data.institutionId },
    select: { id: true, type: true, name: true },
  });
  if (!institution) throw new AppError("NOT_FOUND");
  if (institution.type !== channel.channel) throw new SupportRuleError("INSTITUTION_TYPE", "institutionId");
  const sums = await allocatedSums(tx, programme.id, channel.id);
  if (sums.channelTotal + data.amount > channel.ceiling) {
    throw new SupportRuleError("CHANNEL_CEILING", "amount", { remaining: channel.ceiling - sums.channelTotal, ceiling: channel.ceiling });
  }
  if (sums.programmeTotal + data.amount > programme.budget) {
    throw new SupportRuleError("PROGRAMME_BUDGET", "amount", {
      remaining: programme.budget - sums.programmeTotal,
      budget: programme.budget,
    });
  }
  const allocation = await tx.mapAllocation.create({
    data: {
      channelId: channel.id,
      institutionId: institution.id,
      amount: data.amount,
      allocatedOn: data.allocatedOn,
      recordedById: actor.id,
    },
    select: { id: true, channelId: true, institutionId: true, amount: true, allocatedOn: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "mapAllocation.create",
    entityType: "MapAllocation",
    entityId: allocation.id,
    after: allocation,
  });
  return { ...allocation, programmeId: programme.id, institutionName: institution.name };
}
