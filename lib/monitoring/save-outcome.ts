import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { prisma, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { saveOutcomeSchema } from "@/lib/monitoring/schema";

type ParsedOutcome = z.infer<typeof saveOutcomeSchema>;

/**
 * One year's figures of a sentra the caller has already been let through to, inside the
 * caller's transaction. A new year is created; an existing year is updated only with
 * the version the writer read (another save in the meantime, or a writer that did not
 * know the year existed, is a CONFLICT). The form and the API batch both write so.
 */
export async function writeOutcomeYear(tx: Tx, actor: SessionUser, clusterId: string, parsed: ParsedOutcome) {
  const { clusterId: _ignored, version, ...data } = parsed;
  const before = await tx.clusterOutcome.findUnique({ where: { clusterId_year: { clusterId, year: data.year } } });
  if (!before) {
    if (version !== null) throw new AppError("CONFLICT");
    const created = await tx.clusterOutcome.create({ data: { ...data, clusterId, recordedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "outcome.create",
      entityType: "ClusterOutcome",
      entityId: created.id,
      after: created,
    });
    return { outcome: created, result: "created" as const };
  }
  if (version === null) throw new AppError("CONFLICT", "year exists", { reason: "yearExists" });
  const { count } = await tx.clusterOutcome.updateMany({
    where: { id: before.id, version },
    data: { ...data, recordedById: actor.id, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT");
  const after = await tx.clusterOutcome.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(tx, { actorId: actor.id, action: "outcome.update", entityType: "ClusterOutcome", entityId: after.id, before, after });
  return { outcome: after, result: "updated" as const };
}

/** Records a sentra's figures for one year (the monitoring form). */
export async function saveOutcome({ actor, input }: { actor: SessionUser; input: unknown }) {
  if (!can(actor.role, "monitoring:write")) throw new AppError("FORBIDDEN");
  const parsed = saveOutcomeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const cluster = await findMonitoredCluster(tx, actor, parsed.clusterId, { designated: false });
    return (await writeOutcomeYear(tx, actor, cluster.id, parsed)).outcome;
  });
}
