import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { assignmentSchema } from "@/lib/assignments/schema";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assignConsultant({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "assignments:manage")) throw new AppError("FORBIDDEN");
  const data = assignmentSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const consultant = await tx.user.findFirst({
      where: { id: data.consultantId, role: "CONSULTANT", isActive: true },
      select: { id: true, name: true },
    });
    if (!consultant) throw new AppError("INVALID_INPUT", "not a consultant", { field: "consultantId", fieldMessage: "notConsultant" });
    const cluster = await tx.cluster.findFirst({ where: { id: data.clusterId, status: "ACTIVE" }, select: { id: true, name: true } });
    if (!cluster) throw new AppError("INVALID_INPUT", "unknown cluster", { field: "clusterId", fieldMessage: "invalidChoice" });
    const assignment = await tx.consultantAssignment.upsert({
      where: { consultantId_clusterId: { consultantId: consultant.id, clusterId: cluster.id } },
      create: { consultantId: consultant.id, clusterId: cluster.id, assignedById: actor.id },
      update: {},
      select: { id: true, consultantId: true, clusterId: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.create",
      entityType: "ConsultantAssignment",
      entityId: assignment.id,
      after: assignment,
    });
    return { consultant, cluster };
  });
}
