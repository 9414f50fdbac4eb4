import "server-only";
import type pg from "pg";
import { recordAudit } from "@/lib/audit/record";
import { OUTCOME_FIELDS, type OutcomeCandidate, type OutcomeField } from "@/lib/imports/outcome-rows";
import { newId, pgAuditClient } from "@/lib/imports/sql";

const CASTS: Record<OutcomeField, string> = {
  year: "int",
  smeCount: "int",
  workerCount: "int",
  productionValue: "bigint",
  exportValue: "bigint",
  exportSharePct: "int",
  averageTurnover: "bigint",
  source: '"OutcomeSource"',
};

type Stored = Record<OutcomeField, string | null> & { id: string };

const asText = (v: unknown) => (v === null || v === undefined ? null : String(v));

export interface OutcomePlan {
  creates: OutcomeCandidate[];
  updates: Array<{ id: string; before: Stored; c: OutcomeCandidate }>;
  /** Rows equal to what is stored: re-importing a file changes nothing. */
  unchanged: number;
}

/** Create a missing year, update a year whose figures differ, leave an identical year alone. */
export async function planOutcomeWrites(client: pg.PoolClient, clusterId: string, candidates: OutcomeCandidate[]): Promise<OutcomePlan> {
  const existing = await client.query<Stored>(
    `SELECT id, ${OUTCOME_FIELDS.map((f) => `"${f}"::text AS "${f}"`).join(", ")} FROM cluster_outcome WHERE "clusterId" = $1`,
    [clusterId],
  );
  const byYear = new Map(existing.rows.map((r) => [Number(r.year), r]));
  const plan: OutcomePlan = { creates: [], updates: [], unchanged: 0 };
  for (const c of candidates) {
    const before = byYear.get(c.data.year);
    if (!before) plan.creates.push(c);
    else if (OUTCOME_FIELDS.every((f) => asText(c.data[f]) === before[f])) plan.unchanged++;
    else plan.updates.push({ id: before.id, before, c });
  }
  return plan;
}

/** Writes the plan with one audit row per created or updated year (a few dozen rows at most per centre). */
export async function writeOutcomes(
  client: pg.PoolClient,
  plan: OutcomePlan,
  opts: { clusterId: string; actorId: string; batchId: string; onProgress: (written: number) => Promise<void> },
) {
  const audit = pgAuditClient(client);
  const columns = OUTCOME_FIELDS.map((f) => `"${f}"`).join(", ");
  const params = (c: OutcomeCandidate) => OUTCOME_FIELDS.map((f) => asText(c.data[f]));
  const placeholders = OUTCOME_FIELDS.map((f, i) => `$${i + 1}::${CASTS[f]}`);
  let written = 0;
  for (const c of plan.creates) {
    const id = newId();
    const n = OUTCOME_FIELDS.length;
    await client.query(
      `INSERT INTO cluster_outcome (${columns}, id, "clusterId", "recordedById", "updatedAt")
       VALUES (${placeholders.join(", ")}, $${n + 1}, $${n + 2}, $${n + 3}, now())`,
      [...params(c), id, opts.clusterId, opts.actorId],
    );
    await recordAudit(audit, {
      actorId: opts.actorId,
      action: "outcome.import_create",
      entityType: "ClusterOutcome",
      entityId: id,
      after: { batchId: opts.batchId, line: c.row.line, ...c.data },
    });
    await opts.onProgress(++written);
  }
  for (const u of plan.updates) {
    const n = OUTCOME_FIELDS.length;
    await client.query(
      `UPDATE cluster_outcome SET ${OUTCOME_FIELDS.map((f, i) => `"${f}" = ${placeholders[i]}`).join(", ")},
         "recordedById" = $${n + 2}, version = version + 1, "updatedAt" = now() WHERE id = $${n + 1}`,
      [...params(u.c), u.id, opts.actorId],
    );
    await recordAudit(audit, {
      actorId: opts.actorId,
      action: "outcome.import_update",
      entityType: "ClusterOutcome",
      entityId: u.id,
      before: u.before,
      after: { batchId: opts.batchId, line: u.c.row.line, ...u.c.data },
    });
    await opts.onProgress(++written);
  }
}
