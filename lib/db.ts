import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { markDatabaseUnreachable } from "@/lib/database-errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * The pool and the Prisma client on it. An error that means the database could not be
 * reached leaves either of them with the digest the error page recognises
 * (lib/database-errors.ts), so a page that failed during an outage says so.
 */
export function createDatabaseClient(connectionString: string) {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Without a listener, an idle client's error (e.g. a database restart) crashes Node.
  pool.on("error", (err) => logger.error({ err: err.message }, "idle database client error"));
  markPoolErrors(pool);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (err) {
          throw markDatabaseUnreachable(err);
        }
      },
    },
  });
  // An interactive transaction that cannot start fails in $transaction itself, outside
  // the query hook above.
  const transaction = prisma.$transaction.bind(prisma) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = (...args: unknown[]) => transaction(...args).catch(rethrowMarked);
  const client = new Proxy(prisma, {
    get: (target, prop, receiver) => (prop === "$transaction" ? $transaction : Reflect.get(target, prop, receiver)),
  });
  return { pool, prisma: client as unknown as PrismaClient };
}

const rethrowMarked = (err: unknown): never => {
  throw markDatabaseUnreachable(err);
};

/**
 * pg-pool's connect (both forms: its own query uses the callback one) and query (the
 * promise form, which the app and the Prisma adapter use) mark their errors.
 */
function markPoolErrors(pool: pg.Pool) {
  type Connect = (cb?: (err: Error | undefined, ...rest: unknown[]) => void) => unknown;
  const connect = (pool.connect as Connect).bind(pool);
  pool.connect = ((cb?: (err: Error | undefined, ...rest: unknown[]) => void) =>
    cb
      ? connect((err, ...rest) => cb(err && (markDatabaseUnreachable(err) as Error), ...rest))
      : (connect() as Promise<unknown>).catch(rethrowMarked)) as typeof pool.connect;
  const query = (pool.query as (...args: unknown[]) => unknown).bind(pool);
  pool.query = ((...args: unknown[]) => {
    const result = query(...args);
    return result instanceof Promise ? result.catch(rethrowMarked) : result;
  }) as typeof pool.query;
}

function createClient() {
  return createDatabaseClient(getEnv().DATABASE_URL);
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
