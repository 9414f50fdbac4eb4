import "server-only";
import { AppError } from "@/lib/errors";
import { saveAgendaLine } from "@/lib/monitoring/agenda-evidence";
import { agendaLineInput } from "@/lib/monitoring/agenda-line-input";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveSavingsServiceSchema } from "@/lib/monitoring/schema";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

/**
 * Agenda line "USP/KSP service in the sentra" of a designated sentra. The linked
 * institution must be a KSP/USP registered under MAP financing in the sentra's
 * province. Created on the first save, then edited under its version. `evidence` (a
 * File or `{ name, bytes }`) attaches or replaces its evidence file; `removeEvidence`
 * detaches it; the file is checked before anything is written.
 */
export async function saveSavingsService({ actor, input, storage = getStorage() }: StorageVerbArgs) {
  const {
    data: { clusterId, ...data },
    recorded,
    line,
  } = agendaLineInput({ actor, input, permission: "monitoring:write", schema: saveSavingsServiceSchema, storage });
  const values = { ...data, ...recorded };
  return saveAgendaLine({
    ...line,
    audit: { name: "savingsService", entityType: "ClusterSavingsService" },
    locate: async (tx) => {
      const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: true });
      if (data.institutionId) {
        const institution = await tx.financialInstitution.findFirst({
          where: { id: data.institutionId, type: "KSP_USP", provinceCode: cluster.provinceCode },
          select: { id: true },
        });
        if (!institution)
          throw new AppError("INVALID_INPUT", "unknown institution", { field: "institutionId", fieldMessage: "unknownInstitution" });
      }
      return cluster.id;
    },
    find: (tx, id) => tx.clusterSavingsService.findUnique({ where: { clusterId: id } }),
    create: async (tx, id, evidence) => {
      await tx.clusterSavingsService.create({ data: { ...values, ...evidence, clusterId: id } });
    },
    update: async (tx, row, v, evidence) => {
      const { count } = await tx.clusterSavingsService.updateMany({
        where: { id: row.id, version: v },
        data: { ...values, ...evidence, version: { increment: 1 } },
      });
      return count === 1;
    },
  });
}
