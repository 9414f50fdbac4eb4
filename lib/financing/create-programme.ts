import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createProgrammeSchema } from "@/lib/financing/schema";
import { SupportRuleError } from "@/lib/support/rule-error";

export async function createProgramme({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "financing:manage")) throw new AppError("FORBIDDEN");
  const data = createProgrammeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    if (await tx.mapProgramme.findUnique({ where: { name: data.name }, select: { id: true } }))
      throw new SupportRuleError("PROGRAMME_EXISTS", "name");
    const programme = await tx.mapProgramme.create({ data, select: { id: true, name: true, year: true, budget: true, version: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mapProgramme.create",
      entityType: "MapProgramme",
      entityId: programme.id,
      after: programme,
    });
    return programme;
  });
}
