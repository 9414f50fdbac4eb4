import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { smeSearchText } from "@/lib/search/normalize";
import { createSmeSchema } from "@/lib/smes/schema";

/** NIB is unique when given; a clear field error beats a database constraint message. */
export async function assertNibFree(tx: Tx, nib: string | null | undefined, exceptId?: string) {
  if (!nib) return;
  const other = await tx.sme.findFirst({ where: { nib, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (other) throw new AppError("INVALID_INPUT", "nib taken", { field: "nib", fieldMessage: "nibTaken" });
}

export async function findWritableCluster(tx: Tx, actor: SessionUser, clusterId: string, field = "clusterId") {
  const cluster = await tx.cluster.findFirst({
    where: { AND: [{ id: clusterId, status: "ACTIVE" }, clusterAccessWhere(actor)] },
    select: { id: true, name: true },
  });
  if (!cluster) throw new AppError("INVALID_INPUT", "unknown cluster", { field, fieldMessage: "unknownCluster" });
  return cluster;
}

export async function createSme({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "smes:write")) throw new AppError("FORBIDDEN");
  const { clusterId, ...data } = createSmeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await findWritableCluster(tx, actor, clusterId);
    await assertNibFree(tx, data.nib);
    const sme = await tx.sme.create({ data: { ...data, clusterId, searchText: smeSearchText(data) } });
    await recordAudit(tx, { actorId: actor.id, action: "sme.create", entityType: "Sme", entityId: sme.id, after: sme });
    return sme;
  });
}
