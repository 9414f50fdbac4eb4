import "server-only";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { getPool } from "@/lib/db";

/** A Prisma-style (cuid-like) id for rows written with plain SQL: Prisma makes its ids client-side too. */
let counter = 0;
export function newId(): string {
  counter = (counter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex").slice(0, 8)}`;
}

/** Runs `fn` in one transaction on one pooled connection. */
export async function withPgTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

export interface BulkColumn {
  name: string;
  /** Element type of the parameter array, e.g. `text`, `int`, `bigint`, `numeric`. */
  type: string;
  /** Cast applied when selecting, e.g. `"Gender"` for an enum sent as text. */
  cast?: string;
  values: unknown[];
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

function unnestParts(columns: BulkColumn[]) {
  const args = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const alias = columns.map((_, i) => `c${i}`);
  const select = columns.map((c, i) => (c.cast ? `u.c${i}::${c.cast}` : `u.c${i}`));
  return { from: `unnest(${args}) AS u(${alias.join(", ")})`, select, params: columns.map((c) => c.values) };
}

/** INSERT … SELECT FROM unnest(arrays): one statement for a whole chunk of rows. */
export async function bulkInsert(client: pg.PoolClient, table: string, columns: BulkColumn[], constants: Record<string, string> = {}) {
  if (!columns[0]?.values.length) return;
  const { from, select, params } = unnestParts(columns);
  const names = [...columns.map((c) => q(c.name)), ...Object.keys(constants).map(q)];
  const values = [...select, ...Object.values(constants)];
  await client.query(`INSERT INTO ${q(table)} (${names.join(", ")}) SELECT ${values.join(", ")} FROM ${from}`, params);
}

/**
 * UPDATE … FROM unnest(arrays) WHERE id matches. The first column is the id; `set`
 * expressions may refer to `t` (the row) and to the other columns by their names.
 */
export async function bulkUpdate(
  client: pg.PoolClient,
  table: string,
  columns: BulkColumn[],
  extraSet: string[] = [],
  keep: string[] = [],
) {
  if (!columns[0]?.values.length) return;
  const { from, select, params } = unnestParts(columns);
  const sets = columns.slice(1).map((c, i) => {
    const value = select[i + 1]!;
    // Columns in `keep` are never cleared by an empty cell (e.g. an identifier).
    return keep.includes(c.name) ? `${q(c.name)} = COALESCE(${value}, t.${q(c.name)})` : `${q(c.name)} = ${value}`;
  });
  await client.query(`UPDATE ${q(table)} AS t SET ${[...sets, ...extraSet].join(", ")} FROM ${from} WHERE t."id" = ${select[0]}`, params);
}

export interface BulkAuditRow {
  action: string;
  entityId: string;
  after: unknown;
}

function jsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** Per-record audit rows for a chunk, in one statement (never one query per row). */
export async function bulkAudit(
  client: pg.PoolClient,
  actorId: string,
  entityType: string,
  requestId: string | undefined,
  rows: BulkAuditRow[],
) {
  if (!rows.length) return;
  await bulkInsert(
    client,
    "audit_log",
    [
      { name: "id", type: "text", values: rows.map(() => newId()) },
      { name: "action", type: "text", values: rows.map((r) => r.action) },
      { name: "entityId", type: "text", values: rows.map((r) => r.entityId) },
      { name: "after", type: "text", cast: "jsonb", values: rows.map((r) => jsonText(r.after)) },
    ],
    {
      actorId: client.escapeLiteral(actorId),
      entityType: client.escapeLiteral(entityType),
      requestId: requestId ? client.escapeLiteral(requestId) : "NULL",
      updatedAt: "now()",
    },
  );
}

/** Lets `recordAudit` write through a plain pg transaction. */
export function pgAuditClient(client: pg.PoolClient) {
  return {
    auditLog: {
      async create({
        data,
      }: {
        data: {
          actorId?: string | null;
          action: string;
          entityType: string;
          entityId: string;
          before?: unknown;
          after?: unknown;
          requestId?: string | null;
        };
      }) {
        await client.query(
          `INSERT INTO "audit_log" ("id", "actorId", "action", "entityType", "entityId", "before", "after", "requestId", "updatedAt")
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, now())`,
          [
            newId(),
            data.actorId ?? null,
            data.action,
            data.entityType,
            data.entityId,
            data.before === undefined ? null : jsonText(data.before),
            data.after === undefined ? null : jsonText(data.after),
            data.requestId ?? null,
          ],
        );
      },
    },
  };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
