import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { saveAgendaLine } from "@/lib/monitoring/agenda-evidence";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveSmeOrganisationSchema } from "@/lib/monitoring/schema";
import { getStorage, type FileStorage } from "@/lib/storage";

/**
 * Agenda line "SME organisation or representation" of a designated sentra, with an
 * optional evidence file as on the KSP/USP line (lib/monitoring/save-savings-service.ts).
 */
export async function saveSmeOrganisation({
  actor,
  input,
  storage = getStorage(),
}: {
  actor: SessionUser;
  input: unknown;
  storage?: FileStorage;
}) {
  if (!can(actor.role, "monitoring:write")) throw new AppError("FORBIDDEN");
  const { clusterId, version, removeEvidence, ...data } = saveSmeOrganisationSchema.parse(input);
  const values = { ...data, statusDate: data.statusDate ?? null, foundedOn: data.foundedOn ?? null, recordedById: actor.id };
  return saveAgendaLine({
    actorId: actor.id,
    storage,
    rawEvidence: (input as { evidence?: unknown } | null)?.evidence,
    removeEvidence,
    version,
    audit: { name: "smeOrganisation", entityType: "SmeOrganisation" },
    locate: async (tx) => (await findMonitoredCluster(tx, actor, clusterId, { designated: true })).id,
    find: (tx, id) => tx.smeOrganisation.findUnique({ where: { clusterId: id } }),
    create: async (tx, id, evidence) => {
      await tx.smeOrganisation.create({ data: { ...values, ...evidence, clusterId: id } });
    },
    update: async (tx, row, v, evidence) => {
      const { count } = await tx.smeOrganisation.updateMany({
        where: { id: row.id, version: v },
        data: { ...values, ...evidence, version: { increment: 1 } },
      });
      return count === 1;
    },
  });
}
