import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findWritableCluster } from "@/lib/smes/create-sme";
import { moveSmeSchema } from "@/lib/smes/schema";
import { findSme } from "@/lib/smes/find-sme";

/** Moves an SME to another cluster; the move is recorded so its history stays. */
export async function moveSme({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "smes:write")) throw new AppError("FORBIDDEN");
  const { id, version, toClusterId, reason } = moveSmeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await findSme(tx, actor, id);
    if (before.clusterId === toClusterId)
      throw new AppError("INVALID_INPUT", "same cluster", { field: "toClusterId", fieldMessage: "sameCluster" });
    const target = await findWritableCluster(tx, actor, toClusterId, "toClusterId");
    const { count } = await tx.sme.updateMany({
      where: { id, version, status: "ACTIVE" },
      data: { clusterId: target.id, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    // An organisation's members are SMEs of its own sentra (docs/monitoring.md): the SME leaves the old one's.
    const left = await tx.smeOrganisationMember.deleteMany({ where: { smeId: id, organisation: { clusterId: before.clusterId } } });
    const move = await tx.smeClusterMove.create({
      data: { smeId: id, fromClusterId: before.clusterId, toClusterId: target.id, reason: reason ?? null, movedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sme.move",
      entityType: "Sme",
      entityId: id,
      before: { clusterId: before.clusterId },
      after: { clusterId: target.id, moveId: move.id, reason, leftOrganisation: left.count > 0 },
    });
    return { ...before, clusterId: target.id };
  });
}
