import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { archiveSmeSchema } from "@/lib/smes/schema";
import { findSme } from "@/lib/smes/find-sme";

export async function archiveSme({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "smes:write")) throw new AppError("FORBIDDEN");
  const { id, version } = archiveSmeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await findSme(tx, actor, id);
    const { count } = await tx.sme.updateMany({
      where: { id, version, status: "ACTIVE" },
      data: { status: "ARCHIVED", archivedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sme.archive",
      entityType: "Sme",
      entityId: id,
      before,
      after: { status: "ARCHIVED" },
    });
    return before;
  });
}
