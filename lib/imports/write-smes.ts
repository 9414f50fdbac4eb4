import "server-only";
import type pg from "pg";
import { bulkAudit, bulkInsert, bulkUpdate, chunks, newId, type BulkColumn } from "@/lib/imports/sql";
import type { Rejections } from "@/lib/imports/rows";
import { smeColumnOf, type SmeCandidate, type SmeField, type SmeRowContext } from "@/lib/imports/sme-rows";
import { normalizeSearch, smeSearchText } from "@/lib/search/normalize";

const WRITE_CHUNK = 5_000;

const SQL_TYPES: Record<SmeField, { type: string; cast?: string }> = {
  businessName: { type: "text" },
  ownerName: { type: "text" },
  ownerGender: { type: "text", cast: '"Gender"' },
  nib: { type: "text" },
  legalForm: { type: "text" },
  yearStarted: { type: "int" },
  workerCount: { type: "int" },
  annualTurnover: { type: "bigint" },
  assets: { type: "bigint" },
  mainProducts: { type: "text" },
  subcontractTo: { type: "text" },
  phone: { type: "text" },
};

function sqlValue(v: unknown): unknown {
  if (v === undefined) return null;
  return typeof v === "bigint" ? v.toString() : v;
}

export interface SmePlan {
  creates: Array<{ id: string; c: SmeCandidate }>;
  updates: Array<{ id: string; c: SmeCandidate }>;
}

/**
 * Decides create or update for each row, inside the writing transaction (the caller
 * holds the cluster's import lock). A row matches an SME of this cluster by NIB, else
 * by normalised business name (one without a different NIB). A NIB that belongs to an
 * SME of another cluster is refused: moving SMEs is a separate, audited use case.
 */
export async function planSmeWrites(
  client: pg.PoolClient,
  clusterId: string,
  candidates: SmeCandidate[],
  ctx: Pick<SmeRowContext, "header" | "headerCells">,
  rejections: Rejections,
): Promise<SmePlan> {
  const columnOf = smeColumnOf(ctx);
  const nibs = candidates.map((c) => c.data.nib).filter((n): n is string => !!n);
  const [existing, taken] = await Promise.all([
    client.query<{ id: string; nib: string | null; businessName: string }>(
      `SELECT id, nib, "businessName" FROM sme WHERE "clusterId" = $1`,
      [clusterId],
    ),
    nibs.length
      ? client.query<{ nib: string }>(`SELECT nib FROM sme WHERE nib = ANY($1::text[]) AND "clusterId" <> $2`, [nibs, clusterId])
      : Promise.resolve({ rows: [] as Array<{ nib: string }> }),
  ]);
  const takenElsewhere = new Set(taken.rows.map((r) => r.nib));
  const byNib = new Map<string, string>();
  const byName = new Map<string, Array<{ id: string; nib: string | null }>>();
  for (const s of existing.rows) {
    if (s.nib) byNib.set(s.nib, s.id);
    const key = normalizeSearch(s.businessName);
    const list = byName.get(key);
    if (list) list.push({ id: s.id, nib: s.nib });
    else byName.set(key, [{ id: s.id, nib: s.nib }]);
  }

  const plan: SmePlan = { creates: [], updates: [] };
  const matchedBy = new Map<string, number>();
  for (const c of candidates) {
    const nib = c.data.nib ?? null;
    if (nib && takenElsewhere.has(nib)) {
      rejections.add(c.row, { field: "nib", column: columnOf("nib"), code: "nibTaken" });
      continue;
    }
    let id = nib ? byNib.get(nib) : undefined;
    if (!id) {
      // Without a NIB any namesake matches; with one, only a namesake that has none yet.
      const namesakes = (byName.get(c.nameKey) ?? []).filter((s) => !nib || !s.nib);
      if (namesakes.length > 1) {
        rejections.add(c.row, {
          field: "businessName",
          column: columnOf("businessName"),
          code: "ambiguousMatch",
          params: { count: String(namesakes.length) },
        });
        continue;
      }
      id = namesakes[0]?.id;
    }
    if (id) {
      const earlier = matchedBy.get(id);
      if (earlier !== undefined) {
        rejections.add(c.row, {
          field: "businessName",
          column: columnOf("businessName"),
          code: "sameRecordInFile",
          params: { line: String(earlier) },
        });
        continue;
      }
      matchedBy.set(id, c.row.line);
      plan.updates.push({ id, c });
    } else {
      plan.creates.push({ id: newId(), c });
    }
  }
  return plan;
}

function columnsFor(items: Array<{ id: string; c: SmeCandidate }>, fields: SmeField[], extra: BulkColumn[]): BulkColumn[] {
  return [
    { name: "id", type: "text", values: items.map((i) => i.id) },
    ...extra,
    ...fields.map((f) => ({ ...SQL_TYPES[f], name: f, values: items.map((i) => sqlValue(i.c.data[f])) })),
    { name: "searchText", type: "text", values: items.map((i) => smeSearchText(i.c.data)) },
  ];
}

function auditAfter(batchId: string, c: SmeCandidate, fields: SmeField[]) {
  const after: Record<string, unknown> = { batchId, line: c.row.line };
  for (const f of fields) after[f] = c.data[f] ?? null;
  return after;
}

export interface WriteContext {
  clusterId: string;
  actorId: string;
  batchId: string;
  requestId: string | undefined;
  /** Fields whose column is in the file; absent ones keep their value on update. */
  present: SmeField[];
  onProgress(written: number): Promise<void>;
}

/** Bulk INSERT/UPDATE in chunks, each chunk with its per-record audit rows in one statement. */
export async function writeSmes(client: pg.PoolClient, plan: SmePlan, ctx: WriteContext) {
  const allFields = Object.keys(SQL_TYPES) as SmeField[];
  let written = 0;
  for (const chunk of chunks(plan.creates, WRITE_CHUNK)) {
    await bulkInsert(
      client,
      "sme",
      columnsFor(chunk, allFields, [{ name: "clusterId", type: "text", values: chunk.map(() => ctx.clusterId) }]),
      { updatedAt: "now()" },
    );
    await bulkAudit(
      client,
      ctx.actorId,
      "Sme",
      ctx.requestId,
      chunk.map(({ id, c }) => ({ action: "sme.import_create", entityId: id, after: auditAfter(ctx.batchId, c, ctx.present) })),
    );
    written += chunk.length;
    await ctx.onProgress(written);
  }
  for (const chunk of chunks(plan.updates, WRITE_CHUNK)) {
    // An empty NIB cell never erases a NIB already on record.
    await bulkUpdate(client, "sme", columnsFor(chunk, ctx.present, []), ['"version" = t."version" + 1', '"updatedAt" = now()'], ["nib"]);
    await bulkAudit(
      client,
      ctx.actorId,
      "Sme",
      ctx.requestId,
      chunk.map(({ id, c }) => ({ action: "sme.import_update", entityId: id, after: auditAfter(ctx.batchId, c, ctx.present) })),
    );
    written += chunk.length;
    await ctx.onProgress(written);
  }
}
