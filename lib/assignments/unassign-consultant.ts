import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { assignmentSchema } from "@/lib/assignments/schema";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function unassignConsultant({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "assignments:manage")) throw new AppError("FORBIDDEN");
  const data = assignmentSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.consultantAssignment.findUnique({
      where: { consultantId_clusterId: { consultantId: data.consultantId, clusterId: data.clusterId } },
      select: { id: true, consultantId: true, clusterId: true },
    });
    if (!existing) throw new AppError("NOT_FOUND");
    await tx.consultantAssignment.delete({ where: { id: existing.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.delete",
      entityType: "ConsultantAssignment",
      entityId: existing.id,
      before: existing,
    });
    return existing;
  });
}
