import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { settingsSchema } from "@/lib/selection/schema";
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
    await recordAudit(tx, {
      actorId: actor.id,
      action: "selection.settings",
      entityType: "SelectionSettings",
      entityId: "default",
      before,
      after,
    });
    return after;
  });
}
