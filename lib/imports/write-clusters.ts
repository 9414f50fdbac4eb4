import "server-only";
import type pg from "pg";
import { AreaLevel, type AreaIndex } from "@/lib/imports/areas";
import {
  clusterColumnOf,
  clusterPlaceKey,
  type ClusterCandidate,
  type ClusterField,
  type ClusterRowContext,
} from "@/lib/imports/cluster-rows";
import type { ResolvedHeader } from "@/lib/imports/columns";
import type { Rejections } from "@/lib/imports/rows";
import { bulkAudit, bulkInsert, bulkUpdate, chunks, newId, type BulkColumn } from "@/lib/imports/sql";
import { clusterSearchText, normalizeSearch } from "@/lib/search/normalize";

const WRITE_CHUNK = 2_000;

const SQL_TYPES: Record<ClusterField, { type: string; cast?: string }> = {
  name: { type: "text" },
  commodity: { type: "text" },
  kbliCode: { type: "text" },
  provinceCode: { type: "text" },
  regencyCode: { type: "text" },
  districtCode: { type: "text" },
  villageCode: { type: "text" },
  latitude: { type: "numeric" },
  longitude: { type: "numeric" },
  yearEstablished: { type: "int" },
  workerCount: { type: "int" },
  productionVolume: { type: "bigint" },
  productionUnit: { type: "text" },
  productionValue: { type: "bigint" },
  exportSharePct: { type: "int" },
  localMaterialSharePct: { type: "int" },
  contactName: { type: "text" },
  contactPhone: { type: "text" },
  bdsProviderId: { type: "text" },
  notes: { type: "text" },
};

function sqlValue(v: unknown): unknown {
  if (v === undefined) return null;
  return typeof v === "bigint" ? v.toString() : v;
}

/** Reference data for resolving area names and codes; districts and villages only when the file has those columns. */
export async function loadClusterReferences(
  client: pg.PoolClient,
  header: ResolvedHeader<"clusters">,
): Promise<Pick<ClusterRowContext, "areas" | "providers">> {
  const has = (...cols: Array<keyof typeof header.index>) => cols.some((c) => header.index[c] !== undefined);
  const level = async (table: string, parentColumn: string | null) => {
    const parent = parentColumn ? `"${parentColumn}"` : "''";
    const { rows } = await client.query<{ code: string; parent: string; name: string }>(
      `SELECT code, ${parent} AS parent, name FROM "${table}"`,
    );
    return rows;
  };
  const [provinces, regencies, districts, villages, providers] = await Promise.all([
    level("province", null),
    level("regency", "provinceCode"),
    has("district", "districtCode", "village", "villageCode") ? level("district", "regencyCode") : null,
    has("village", "villageCode") ? level("village", "districtCode") : null,
    client.query<{ id: string; name: string }>(`SELECT id, name FROM bds_provider`),
  ]);
  const areas: AreaIndex = {
    province: new AreaLevel("province", provinces),
    regency: new AreaLevel("regency", regencies),
    ...(districts ? { district: new AreaLevel("district", districts) } : {}),
    ...(villages ? { village: new AreaLevel("village", villages) } : {}),
  };
  const byName = new Map<string, string>();
  for (const p of providers.rows) {
    byName.set(normalizeSearch(p.name), p.id);
    byName.set(p.id, p.id);
  }
  return { areas, providers: byName };
}

export interface ClusterPlan {
  creates: Array<{ id: string; c: ClusterCandidate }>;
  updates: Array<{ id: string; c: ClusterCandidate }>;
}

/**
 * Create or update per row, inside the writing transaction (under the cluster-import
 * lock). A row matches an active centre with the same normalised name in the same
 * regency; without a regency, in the same province (one without a regency first).
 */
export async function planClusterWrites(
  client: pg.PoolClient,
  candidates: ClusterCandidate[],
  ctx: Pick<ClusterRowContext, "header" | "headerCells">,
  rejections: Rejections,
): Promise<ClusterPlan> {
  const columnOf = clusterColumnOf(ctx);
  const provinces = [...new Set(candidates.map((c) => c.data.provinceCode))];
  const { rows } = await client.query<{ id: string; name: string; provinceCode: string; regencyCode: string | null }>(
    `SELECT id, name, "provinceCode", "regencyCode" FROM cluster WHERE status = 'ACTIVE' AND "provinceCode" = ANY($1::text[])`,
    [provinces],
  );
  const byPlace = new Map<string, string[]>();
  const byProvince = new Map<string, string[]>();
  for (const r of rows) {
    const name = normalizeSearch(r.name);
    const place = `${name}|${clusterPlaceKey(r)}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), r.id]);
    const province = `${name}|${r.provinceCode}`;
    byProvince.set(province, [...(byProvince.get(province) ?? []), r.id]);
  }
  const plan: ClusterPlan = { creates: [], updates: [] };
  const matchedBy = new Map<string, number>();
  for (const c of candidates) {
    let ids = byPlace.get(`${c.nameKey}|${clusterPlaceKey(c.data)}`) ?? [];
    if (!ids.length && !c.data.regencyCode) ids = byProvince.get(`${c.nameKey}|${c.data.provinceCode}`) ?? [];
    if (ids.length > 1) {
      rejections.add(c.row, { field: "name", column: columnOf("name"), code: "ambiguousMatch", params: { count: String(ids.length) } });
      continue;
    }
    const id = ids[0];
    if (!id) {
      plan.creates.push({ id: newId(), c });
      continue;
    }
    const earlier = matchedBy.get(id);
    if (earlier !== undefined) {
      rejections.add(c.row, { field: "name", column: columnOf("name"), code: "sameRecordInFile", params: { line: String(earlier) } });
      continue;
    }
    matchedBy.set(id, c.row.line);
    plan.updates.push({ id, c });
  }
  return plan;
}

function columnsFor(items: Array<{ id: string; c: ClusterCandidate }>, fields: ClusterField[]): BulkColumn[] {
  return [
    { name: "id", type: "text", values: items.map((i) => i.id) },
    ...fields.map((f) => ({ ...SQL_TYPES[f], name: f, values: items.map((i) => sqlValue(i.c.data[f])) })),
    { name: "searchText", type: "text", values: items.map((i) => clusterSearchText(i.c.data)) },
  ];
}

function auditAfter(batchId: string, c: ClusterCandidate, fields: ClusterField[]) {
  const after: Record<string, unknown> = { batchId, line: c.row.line };
  for (const f of fields) after[f] = c.data[f] ?? null;
  return after;
}

export interface ClusterWriteContext {
  actorId: string;
  batchId: string;
  requestId: string | undefined;
  present: ClusterField[];
  onProgress(written: number): Promise<void>;
}

export async function writeClusters(client: pg.PoolClient, plan: ClusterPlan, ctx: ClusterWriteContext) {
  const allFields = Object.keys(SQL_TYPES) as ClusterField[];
  // name and commodity are required columns, so searchText can always be rebuilt.
  let written = 0;
  for (const chunk of chunks(plan.creates, WRITE_CHUNK)) {
    await bulkInsert(client, "cluster", columnsFor(chunk, allFields), { updatedAt: "now()" });
    await bulkAudit(
      client,
      ctx.actorId,
      "Cluster",
      ctx.requestId,
      chunk.map(({ id, c }) => ({ action: "cluster.import_create", entityId: id, after: auditAfter(ctx.batchId, c, ctx.present) })),
    );
    written += chunk.length;
    await ctx.onProgress(written);
  }
  for (const chunk of chunks(plan.updates, WRITE_CHUNK)) {
    await bulkUpdate(client, "cluster", columnsFor(chunk, ctx.present), ['"version" = t."version" + 1', '"updatedAt" = now()']);
    await bulkAudit(
      client,
      ctx.actorId,
      "Cluster",
      ctx.requestId,
      chunk.map(({ id, c }) => ({ action: "cluster.import_update", entityId: id, after: auditAfter(ctx.batchId, c, ctx.present) })),
    );
    written += chunk.length;
    await ctx.onProgress(written);
  }
}
