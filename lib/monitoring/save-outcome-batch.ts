import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/roles";
import { recordAudit, type CentreBatchArgs } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { fieldMessage } from "@/lib/forms/messages";
import { findMonitoredCluster } from "@/lib/monitoring/find-monitored-cluster";
import { writeOutcomeYear } from "@/lib/monitoring/save-outcome";
import { saveOutcomeSchema } from "@/lib/monitoring/schema";

/**
 * Several years of one sentra's figures, all or nothing: each item is checked by THE
 * outcome schema (the form's), a year twice in one batch is refused, then every year is
 * written by the form's own step (writeOutcomeYear: create, or update with the version
 * read) in one transaction with its audit rows and one `outcome.api_batch` summary. One
 * refused item, one stale version, and nothing is written.
 */
export async function saveOutcomeBatch({ actor, clusterId, items, source }: CentreBatchArgs<Record<string, unknown>>) {
  if (!can(actor.role, "monitoring:write")) throw new AppError("FORBIDDEN");
  const issues: z.core.$ZodIssue[] = [];
  const years = new Map<number, number>();
  const parsed = items.map((item, index) => {
    const r = saveOutcomeSchema.safeParse({ ...item, clusterId });
    if (!r.success) {
      for (const issue of r.error.issues) issues.push({ ...issue, path: ["outcomes", index, ...issue.path] });
      return null;
    }
    const first = years.get(r.data.year);
    if (first !== undefined)
      issues.push({
        code: "custom",
        path: ["outcomes", index, "year"],
        message: fieldMessage("duplicateYear", { line: first }),
        input: r.data.year,
      });
    else years.set(r.data.year, index);
    return r.data;
  });
  if (issues.length) throw new z.ZodError(issues);

  return prisma.$transaction(async (tx) => {
    const cluster = await findMonitoredCluster(tx, actor, clusterId, { designated: false });
    const written = [];
    for (const [index, item] of parsed.entries()) {
      try {
        const { outcome, result } = await writeOutcomeYear(tx, actor, cluster.id, item!);
        written.push({ index, id: outcome.id, year: outcome.year, version: outcome.version, result });
      } catch (err) {
        if (!isAppError(err) || err.code !== "CONFLICT") throw err;
        const reason = err.details?.reason === "yearExists" ? "yearExists" : "staleVersion";
        throw new AppError("CONFLICT", err.message, { field: `outcomes.${index}.version`, fieldMessage: fieldMessage(reason) });
      }
    }
    const created = written.filter((w) => w.result === "created").length;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "outcome.api_batch",
      entityType: "Cluster",
      entityId: cluster.id,
      after: { tokenId: source.tokenId, items: items.length, created, updated: written.length - created },
    });
    return { created, updated: written.length - created, outcomes: written };
  });
}
