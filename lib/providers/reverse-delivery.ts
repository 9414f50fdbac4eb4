import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { deliveryAccessWhere } from "@/lib/providers/access";
import { reverseDeliverySchema, type ReverseDeliveryData } from "@/lib/providers/schema";
import { matchPlannedActions, reopenPlansMatchedTo } from "@/lib/support/match-planned";
import { SupportRuleError } from "@/lib/support/rule-error";

/**
 * Corrects a service delivery (the provider's BDS income) the way ledgers do: the
 * delivery stays as it was, and a new delivery row with `reversesId` pointing at it
 * carries the negated fee, later financing and participant count, and the reason;
 * optionally the corrected delivery follows in the same transaction.
 *
 * Who: those who may record deliveries (`services:record`), a consultant only for
 * their own provider and the centres assigned to them, like recording.
 * Refused: a reversal of a reversal, of a delivery already reversed (also when two
 * reversals race: both lock the delivery, the second sees the first), and of a
 * delivery of another provider than the one whose page the form was sent from.
 */
export async function reverseDelivery({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "services:record")) throw new AppError("FORBIDDEN");
  const data = reverseDeliverySchema.parse(input);
  if (actor.role === "CONSULTANT" && data.providerId !== actor.bdsProviderId) throw new SupportRuleError("NOT_OWN_PROVIDER", "deliveryId");
  try {
    return await prisma.$transaction((tx) => reverseInTx(tx, actor, data));
  } catch (err) {
    // The unique index on reversesId is the last line: a reversal that slipped past the lock.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new SupportRuleError("ALREADY_REVERSED", "deliveryId");
    }
    throw err;
  }
}

async function reverseInTx(tx: Tx, actor: SessionUser, data: ReverseDeliveryData) {
  // Row level first: a delivery the actor may not see is simply not found.
  const found = await tx.serviceDelivery.findFirst({
    where: { AND: [{ id: data.deliveryId }, deliveryAccessWhere(actor)] },
    select: { id: true, providerId: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (found.providerId !== data.providerId) throw new SupportRuleError("NOT_SAME_PROVIDER", "deliveryId");
  const original = await lockDelivery(tx, found.id);
  if (original.reversesId !== null) throw new SupportRuleError("REVERSAL_OF_REVERSAL", "deliveryId");
  if (original.reversedById !== null) throw new SupportRuleError("ALREADY_REVERSED", "deliveryId");

  const full = await tx.serviceDelivery.findUniqueOrThrow({
    where: { id: original.id },
    include: { smes: { select: { smeId: true } } },
  });
  const reversal = await tx.serviceDelivery.create({
    data: {
      providerId: full.providerId,
      clusterId: full.clusterId,
      service: full.service,
      deliveredOn: data.reversedOn,
      participantCount: -full.participantCount,
      feeAmount: -full.feeAmount,
      laterFinancing: full.laterFinancing === null ? null : -full.laterFinancing,
      recordedById: actor.id,
      reversesId: full.id,
      reversalReason: data.reason,
    },
  });
  const { smes, ...before } = full;
  const smeIds = smes.map((s) => s.smeId);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "serviceDelivery.reverse",
    entityType: "ServiceDelivery",
    entityId: full.id,
    before: { ...before, smeIds },
    after: reversal,
  });
  // A plan this delivery had settled is open again (the corrected delivery may settle it anew).
  await reopenPlansMatchedTo(tx, { matchedDeliveryId: full.id }, actor.id);

  const isCorrected = data.correctedFee != null || data.correctedLaterFinancing != null || data.correctedParticipants != null;
  let correctedId: string | null = null;
  if (isCorrected) {
    const participantCount = data.correctedParticipants ?? full.participantCount;
    if (participantCount < smeIds.length) throw new SupportRuleError("PARTICIPANTS_BELOW_SMES", "correctedParticipants");
    const corrected = await tx.serviceDelivery.create({
      data: {
        providerId: full.providerId,
        clusterId: full.clusterId,
        service: full.service,
        deliveredOn: full.deliveredOn,
        participantCount,
        feeAmount: data.correctedFee ?? full.feeAmount,
        laterFinancing: data.correctedLaterFinancing ?? full.laterFinancing,
        notes: full.notes,
        recordedById: actor.id,
        smes: { create: smeIds.map((smeId) => ({ smeId })) },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "serviceDelivery.create",
      entityType: "ServiceDelivery",
      entityId: corrected.id,
      after: { ...corrected, smeIds, corrects: full.id },
    });
    await matchPlannedActions(tx, full.clusterId, actor.id);
    correctedId = corrected.id;
  }
  return { reversalId: reversal.id, correctedId, providerId: full.providerId, clusterId: full.clusterId };
}

/**
 * Locks the delivery row (SELECT … FOR UPDATE), then reads whether it is a reversal
 * or already reversed in a second statement: under READ COMMITTED that statement
 * takes a fresh snapshot after the lock is granted, so of two reversals of one
 * delivery the second waits here and then sees the first, and is refused.
 */
async function lockDelivery(tx: Tx, deliveryId: string) {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM service_delivery WHERE id = ${deliveryId} FOR UPDATE`;
  if (!locked[0]) throw new AppError("NOT_FOUND");
  const rows = await tx.$queryRaw<Array<{ id: string; reversesId: string | null; reversedById: string | null }>>`
    SELECT sd.id, sd."reversesId", (SELECT r.id FROM service_delivery r WHERE r."reversesId" = sd.id) AS "reversedById"
    FROM service_delivery sd WHERE sd.id = ${deliveryId}`;
  return rows[0]!;
}
