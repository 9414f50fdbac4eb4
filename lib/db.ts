import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

function createClient() {
  const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 10 });
  // Without a listener, an idle client's error (e.g. a database restart) crashes Node.
  pool.on("error", (err) => logger.error({ err: err.message }, "idle database client error"));
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

type Db = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { sentraDb?: Db };

function db(): Db {
  // One pool per process, surviving hot reloads in development.
  globalForDb.sentraDb ??= createClient();
  return globalForDb.sentraDb;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_t, prop) => Reflect.get(db().prisma, prop),
});

export function getPool(): pg.Pool {
  return db().pool;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
