import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { hasContributed } from "@/lib/diagnosis/access";
import { CURRENT_INSTRUMENT } from "@/lib/diagnosis/instruments";
import { startDiagnosisSchema } from "@/lib/diagnosis/schema";
import { OPEN_STATUSES } from "@/lib/diagnosis/transitions";
import { AppError } from "@/lib/errors";

/**
 * Opens the cluster's diagnosis, pinned to the current instrument version. A
 * cluster has at most one open primary diagnosis: starting again returns it. A
 * SECOND scoring is a blind, independent scoring of the open primary by another
 * staff member (never one who assessed or edited the primary).
 */
export async function startDiagnosis({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "diagnosis:fill")) throw new AppError("FORBIDDEN");
  const data = startDiagnosisSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const cluster = await tx.cluster.findFirst({
      where: { AND: [{ id: data.clusterId, status: "ACTIVE" }, clusterAccessWhere(actor)] },
      select: { id: true },
    });
    if (!cluster) throw new AppError("NOT_FOUND");
    const open = await tx.diagnosis.findFirst({
      where: { clusterId: cluster.id, role: "PRIMARY", status: { in: OPEN_STATUSES } },
      select: { id: true, assessorId: true, instrumentCode: true, instrumentVersion: true },
    });
    if (data.role === "PRIMARY") {
      if (open) {
        const blinded = await tx.diagnosis.count({ where: { primaryId: open.id, assessorId: actor.id } });
        if (blinded > 0) throw new AppError("CONFLICT", "second assessor cannot open the primary", { reason: "BLIND_SECOND" });
        return { id: open.id, created: false };
      }
      const created = await tx.diagnosis.create({
        data: {
          clusterId: cluster.id,
          instrumentCode: CURRENT_INSTRUMENT.code,
          instrumentVersion: CURRENT_INSTRUMENT.version,
          assessorId: actor.id,
        },
        select: { id: true, clusterId: true, role: true, status: true, instrumentCode: true, instrumentVersion: true, assessorId: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "diagnosis.start",
        entityType: "Diagnosis",
        entityId: created.id,
        after: created,
      });
      return { id: created.id, created: true };
    }
    if (!open) throw new AppError("INVALID_INPUT", "no open primary", { reason: "NO_PRIMARY" });
    if (await hasContributed(tx, actor.id, open)) throw new AppError("FORBIDDEN", "an assessor of the primary cannot score it again");
    const mine = await tx.diagnosis.findFirst({ where: { primaryId: open.id, assessorId: actor.id }, select: { id: true } });
    if (mine) return { id: mine.id, created: false };
    const created = await tx.diagnosis.create({
      data: {
        clusterId: cluster.id,
        // The same version as the primary, so the two scorings are comparable.
        instrumentCode: open.instrumentCode,
        instrumentVersion: open.instrumentVersion,
        role: "SECOND",
        primaryId: open.id,
        assessorId: actor.id,
      },
      select: {
        id: true,
        clusterId: true,
        role: true,
        primaryId: true,
        status: true,
        instrumentCode: true,
        instrumentVersion: true,
        assessorId: true,
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "diagnosis.start", entityType: "Diagnosis", entityId: created.id, after: created });
    return { id: created.id, created: true };
  });
}
