import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readAgendaEvidence, saveWithAgendaEvidence } from "@/lib/monitoring/agenda-evidence";
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
  const upload = await readAgendaEvidence((input as { evidence?: unknown } | null)?.evidence);
  return saveWithAgendaEvidence({
    storage,
    upload,
    remove: removeEvidence,
    save: (evidence) =>
      prisma.$transaction(async (tx) => {
        const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: true });
        const values = {
          ...data,
          ...evidence,
          statusDate: data.statusDate ?? null,
          foundedOn: data.foundedOn ?? null,
          recordedById: actor.id,
        };
        const before = await tx.smeOrganisation.findUnique({ where: { clusterId: cluster.id } });
        if (!before) {
          if (version !== null) throw new AppError("CONFLICT");
          const created = await tx.smeOrganisation.create({ data: { ...values, clusterId: cluster.id } });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "smeOrganisation.create",
            entityType: "SmeOrganisation",
            entityId: created.id,
            after: created,
          });
          return { before: null, after: created };
        }
        const { count } = await tx.smeOrganisation.updateMany({
          where: { id: before.id, version: version ?? -1 },
          data: { ...values, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT");
        const after = await tx.smeOrganisation.findUniqueOrThrow({ where: { id: before.id } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "smeOrganisation.update",
          entityType: "SmeOrganisation",
          entityId: after.id,
          before,
          after,
        });
        return { before, after };
      }),
  });
}
