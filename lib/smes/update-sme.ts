import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { smeSearchText } from "@/lib/search/normalize";
import { assertNibFree } from "@/lib/smes/create-sme";
import { updateSmeSchema } from "@/lib/smes/schema";
import { findSme } from "@/lib/smes/find-sme";

export async function updateSme({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "smes:write")) throw new AppError("FORBIDDEN");
  const { id, version, ...data } = updateSmeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await findSme(tx, actor, id);
    await assertNibFree(tx, data.nib, id);
    const { count } = await tx.sme.updateMany({
      where: { id, version, status: "ACTIVE" },
      data: { ...data, searchText: smeSearchText(data), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");
    const after = await tx.sme.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "sme.update", entityType: "Sme", entityId: id, before, after });
    return after;
  });
}
