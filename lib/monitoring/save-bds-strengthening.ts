import "server-only";
import { AppError } from "@/lib/errors";
import { saveAgendaLine } from "@/lib/monitoring/agenda-evidence";
import { agendaLineInput } from "@/lib/monitoring/agenda-line-input";
import { saveBdsStrengtheningSchema } from "@/lib/monitoring/schema";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

/**
 * Agenda line "strengthening BDS" of a provider: status, date, note and an optional
 * evidence file, saved like a sentra's lines (created on the first save, then under its
 * version, audited as `bdsStrengthening.create|update`). Edited by whoever manages
 * providers (staff, admins), as the provider's profile is.
 */
export async function saveBdsStrengthening({ actor, input, storage = getStorage() }: StorageVerbArgs) {
  const {
    data: { providerId, ...data },
    recorded,
    line,
  } = agendaLineInput({ actor, input, permission: "providers:manage", schema: saveBdsStrengtheningSchema, storage });
  const values = { ...data, ...recorded };
  return saveAgendaLine({
    ...line,
    audit: { name: "bdsStrengthening", entityType: "BdsStrengthening" },
    locate: async (tx) => {
      const provider = await tx.bdsProvider.findUnique({ where: { id: providerId }, select: { id: true } });
      if (!provider) throw new AppError("NOT_FOUND");
      return provider.id;
    },
    find: (tx, id) => tx.bdsStrengthening.findUnique({ where: { providerId: id } }),
    create: async (tx, id, evidence) => {
      await tx.bdsStrengthening.create({ data: { ...values, ...evidence, providerId: id } });
    },
    update: async (tx, row, v, evidence) => {
      const { count } = await tx.bdsStrengthening.updateMany({
        where: { id: row.id, version: v },
        data: { ...values, ...evidence, version: { increment: 1 } },
      });
      return count === 1;
    },
  });
}
