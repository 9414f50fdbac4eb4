import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decisionSchema, judgementSchema, settingsSchema } from "@/lib/selection/schema";
import { getSelectionSettings } from "@/lib/selection/settings";

export async function updateSelectionSettings({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "selection:weights")) throw new AppError("FORBIDDEN");
  const { version, ...data } = settingsSchema.parse(input);
  const before = await getSelectionSettings();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.selectionSettings.updateMany({
      where: { id: "default", version },
      data: { ...data, updatedById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.selectionSettings.findUniqueOrThrow({ where: { id: "default" } });
    await recordAudit(tx, { actorId: actor.id, action: "selection.settings", entityType: "SelectionSettings", entityId: "default", before, after });
    return after;
  });
}

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
    await recordAudit(tx, { actorId: actor.id, action: "cluster.judgement", entityType: "Cluster", entityId: clusterId, before, after: data });
    return before;
  });
}

/** Designates a cluster as a priority (or withdraws it), recording who, when and why. */
export async function decideDesignation({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "selection:decide")) throw new AppError("FORBIDDEN");
  const { clusterId, version, isDesignated, reason } = decisionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.cluster.findFirst({ where: { id: clusterId, status: "ACTIVE" }, select: { id: true, name: true, isDesignated: true } });
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
