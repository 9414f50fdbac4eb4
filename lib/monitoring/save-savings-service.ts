import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readAgendaEvidence, saveWithAgendaEvidence } from "@/lib/monitoring/agenda-evidence";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveSavingsServiceSchema } from "@/lib/monitoring/schema";
import { getStorage, type FileStorage } from "@/lib/storage";

/**
 * Agenda line "USP/KSP service in the sentra" of a designated sentra. The linked
 * institution must be a KSP/USP registered under MAP financing in the sentra's
 * province. Created on the first save, then edited under its version. `evidence` (a
 * File or `{ name, bytes }`) attaches or replaces its evidence file; `removeEvidence`
 * detaches it; the file is checked before anything is written.
 */
export async function saveSavingsService({
  actor,
  input,
  storage = getStorage(),
}: {
  actor: SessionUser;
  input: unknown;
  storage?: FileStorage;
}) {
  if (!can(actor.role, "monitoring:write")) throw new AppError("FORBIDDEN");
  const { clusterId, version, removeEvidence, ...data } = saveSavingsServiceSchema.parse(input);
  const upload = await readAgendaEvidence((input as { evidence?: unknown } | null)?.evidence);
  return saveWithAgendaEvidence({
    storage,
    upload,
    remove: removeEvidence,
    save: (evidence) =>
      prisma.$transaction(async (tx) => {
        const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: true });
        if (data.institutionId) {
          const institution = await tx.financialInstitution.findFirst({
            where: { id: data.institutionId, type: "KSP_USP", provinceCode: cluster.provinceCode },
            select: { id: true },
          });
          if (!institution)
            throw new AppError("INVALID_INPUT", "unknown institution", { field: "institutionId", fieldMessage: "unknownInstitution" });
        }
        const values = { ...data, ...evidence, statusDate: data.statusDate ?? null, recordedById: actor.id };
        const before = await tx.clusterSavingsService.findUnique({ where: { clusterId: cluster.id } });
        if (!before) {
          if (version !== null) throw new AppError("CONFLICT");
          const created = await tx.clusterSavingsService.create({ data: { ...values, clusterId: cluster.id } });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "savingsService.create",
            entityType: "ClusterSavingsService",
            entityId: created.id,
            after: created,
          });
          return { before: null, after: created };
        }
        const { count } = await tx.clusterSavingsService.updateMany({
          where: { id: before.id, version: version ?? -1 },
          data: { ...values, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT");
        const after = await tx.clusterSavingsService.findUniqueOrThrow({ where: { id: before.id } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "savingsService.update",
          entityType: "ClusterSavingsService",
          entityId: after.id,
          before,
          after,
        });
        return { before, after };
      }),
  });
}
