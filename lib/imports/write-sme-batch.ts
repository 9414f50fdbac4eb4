import "server-only";
import { can } from "@/lib/auth/roles";
import { recordAudit, type CentreBatchArgs } from "@/lib/audit/record";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ResolvedHeader } from "@/lib/imports/columns";
import { Rejections } from "@/lib/imports/rows";
import { checkSmeRow, rejectSmeDuplicatesInFile, type SmeField } from "@/lib/imports/sme-rows";
import { newId, pgAuditClient, withPgTransaction } from "@/lib/imports/sql";
import type { RejectedRow } from "@/lib/imports/types";
import { planSmeWrites, writeSmes } from "@/lib/imports/write-smes";
import { smeFieldsSchema } from "@/lib/smes/schema";

const SME_FIELDS = Object.keys(smeFieldsSchema.shape) as SmeField[];

/** One SME of a batch as a JSON caller sends it: the SME form's fields, text or numbers. */
export type SmeBatchItem = Partial<Record<SmeField, string | number | null>>;

export type SmeBatchResult =
  | { ok: true; created: number; updated: number; smes: Array<{ index: number; id: string; result: "created" | "updated" }> }
  | { ok: false; rows: RejectedRow[] };

/**
 * A batch of SMEs for one centre from a JSON caller (the API), through the SME import's
 * own steps: each item is a row whose cells are its fields (THE SME schema, the same
 * duplicate rules, matching by NIB then name, the same lock), and all-or-nothing: one
 * refused item and nothing is written. Rows are numbered from 0, the item's index.
 * Every item is a whole record: a field left out is empty, as an empty cell would be
 * (an empty NIB never erases one on record).
 */
export async function writeSmeBatch({ actor, clusterId, items, source }: CentreBatchArgs<SmeBatchItem>): Promise<SmeBatchResult> {
  if (!can(actor.role, "smes:write")) throw new AppError("FORBIDDEN");
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId, status: "ACTIVE" }, clusterAccessWhere(actor)] },
    select: { id: true, name: true },
  });
  if (!cluster) throw new AppError("INVALID_INPUT", "unknown cluster", { field: "clusterId", fieldMessage: "unknownCluster" });

  const header: ResolvedHeader<"smes"> = {
    keys: SME_FIELDS,
    index: Object.fromEntries(SME_FIELDS.map((f, i) => [f, i])),
    ignored: [],
    problems: [],
  };
  const ctx = { header, headerCells: SME_FIELDS, clusterName: cluster.name };
  const rejections = new Rejections();
  const rows = items.map((item, line) => ({
    line,
    cells: SME_FIELDS.map((f) => (item[f] === null || item[f] === undefined ? "" : String(item[f]))),
  }));
  const checked = rows.map((row) => checkSmeRow(row, ctx, rejections)).filter((c) => c !== null);
  const candidates = rejectSmeDuplicatesInFile(checked, ctx, rejections);
  const batchId = newId();

  class Refused extends Error {}
  try {
    return await withPgTransaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`sentra:import:smes:${cluster.id}`]);
      const live = await client.query(`SELECT 1 FROM cluster WHERE id = $1 AND status = 'ACTIVE' FOR SHARE`, [cluster.id]);
      if (!live.rowCount) throw new AppError("INVALID_INPUT", "cluster archived", { field: "clusterId", fieldMessage: "unknownCluster" });
      const plan = await planSmeWrites(client, cluster.id, candidates, ctx, rejections);
      if (rejections.size) throw new Refused();
      await writeSmes(client, plan, {
        clusterId: cluster.id,
        actorId: actor.id,
        batchId,
        requestId: source.requestId,
        present: SME_FIELDS,
        onProgress: async () => {},
      });
      await recordAudit(pgAuditClient(client), {
        actorId: actor.id,
        action: "sme.api_batch",
        entityType: "Cluster",
        entityId: cluster.id,
        after: {
          batchId,
          tokenId: source.tokenId,
          items: items.length,
          createdRows: plan.creates.length,
          updatedRows: plan.updates.length,
        },
      });
      const smes = [
        ...plan.creates.map(({ id, c }) => ({ index: c.row.line, id, result: "created" as const })),
        ...plan.updates.map(({ id, c }) => ({ index: c.row.line, id, result: "updated" as const })),
      ].sort((a, b) => a.index - b.index);
      return { ok: true as const, created: plan.creates.length, updated: plan.updates.length, smes };
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, rows: rejections.report().rows };
    throw err;
  }
}
