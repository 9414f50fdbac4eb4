import "server-only";
import { AppError } from "@/lib/errors";
import { saveAgendaLine } from "@/lib/monitoring/agenda-evidence";
import { agendaLineInput } from "@/lib/monitoring/agenda-line-input";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveSmeOrganisationSchema } from "@/lib/monitoring/schema";
import { getStorage, type StorageVerbArgs } from "@/lib/storage";

/**
 * Agenda line "SME organisation or representation" of a designated sentra, with an
 * optional evidence file as on the KSP/USP line (lib/monitoring/save-savings-service.ts)
 * and its members: `memberIds` is the whole set, each an active SME of the same sentra
 * (anything else refuses the save, nothing written). The set is replaced with the line
 * under its version, and the audit row's before/after carry the member ids.
 */
export async function saveSmeOrganisation({ actor, input, storage = getStorage() }: StorageVerbArgs) {
  const {
    data: { clusterId, memberIds, ...data },
    recorded,
    line,
  } = agendaLineInput({ actor, input, permission: "monitoring:write", schema: saveSmeOrganisationSchema, storage });
  const members = [...new Set(memberIds)].sort();
  const values = { ...data, ...recorded, foundedOn: data.foundedOn ?? null };
  return saveAgendaLine({
    ...line,
    audit: { name: "smeOrganisation", entityType: "SmeOrganisation" },
    locate: async (tx) => {
      const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: true });
      if (members.length) {
        const inCluster = await tx.sme.count({ where: { id: { in: members }, clusterId: cluster.id, status: "ACTIVE" } });
        if (inCluster !== members.length)
          throw new AppError("INVALID_INPUT", "member not in the sentra", { field: "memberIds", fieldMessage: "memberNotInCluster" });
      }
      return cluster.id;
    },
    find: async (tx, id) => {
      const row = await tx.smeOrganisation.findUnique({
        where: { clusterId: id },
        include: { members: { select: { smeId: true }, orderBy: { smeId: "asc" } } },
      });
      if (!row) return null;
      const { members: rows, ...rest } = row;
      return { ...rest, memberIds: rows.map((m) => m.smeId) };
    },
    create: async (tx, id, evidence) => {
      await tx.smeOrganisation.create({
        data: { ...values, ...evidence, clusterId: id, members: { create: members.map((smeId) => ({ smeId })) } },
      });
    },
    update: async (tx, row, v, evidence) => {
      const { count } = await tx.smeOrganisation.updateMany({
        where: { id: row.id, version: v },
        data: { ...values, ...evidence, version: { increment: 1 } },
      });
      if (count !== 1) return false;
      // The set is replaced: members left out are removed, new ones added, the rest kept.
      await tx.smeOrganisationMember.deleteMany({ where: { organisationId: row.id, smeId: { notIn: members } } });
      await tx.smeOrganisationMember.createMany({
        data: members.map((smeId) => ({ organisationId: row.id, smeId })),
        skipDuplicates: true,
      });
      return true;
    },
  });
}
