import "server-only";
import { getPool } from "@/lib/db";
import type { SqlParams } from "@/lib/dashboard/sql";

/** Runs one aggregation; the rows are small (already grouped in the database). */
export async function queryRows<T>(sql: string, q: SqlParams): Promise<T[]> {
  const { rows } = await getPool().query(sql, q.values);
  return rows as T[];
}

/** A share that never divides by zero. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
