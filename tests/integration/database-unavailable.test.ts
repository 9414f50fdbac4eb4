/**
 * An error that means the database could not be reached carries the digest the error
 * page recognises, from the Prisma client and from the pool alike; any other database
 * error does not. Real servers: a port nobody listens on, and this worker's database
 * with its backend terminated mid-query.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { apiHandler } from "@/lib/api/handler";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-errors";
import { createDatabaseClient } from "@/lib/db";
import { createToken } from "@/lib/tokens/create-token";
import { freePort } from "@/scripts/lib/embedded-postgres";
import { actorWithRole } from "../support/db";

const digestOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (err: { digest?: string }) => err.digest ?? "none",
  );

const clients: Array<ReturnType<typeof createDatabaseClient>> = [];
afterAll(async () => {
  for (const c of clients) await c.pool.end().catch(() => {});
});

describe("database-unreachable errors", () => {
  it("carry the digest when nothing listens on the database's port", async () => {
    const db = createDatabaseClient(`postgresql://postgres:x@127.0.0.1:${await freePort()}/sentra`);
    clients.push(db);
    expect(await digestOf(db.prisma.user.findFirst())).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(await digestOf(db.prisma.$queryRaw`SELECT 1`)).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(await digestOf(db.prisma.$transaction([db.prisma.user.count()]))).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(await digestOf(db.prisma.$transaction((tx) => tx.user.count()))).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(await digestOf(db.pool.query("SELECT 1"))).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(await digestOf(db.pool.connect())).toBe(DATABASE_UNAVAILABLE_DIGEST);
  });

  it("carry the digest when the server ends the connection mid-query", async () => {
    const db = createDatabaseClient(process.env.DATABASE_URL!);
    clients.push(db);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      for (const run of [
        () => db.pool.query("SELECT pg_sleep(30) AS slept, 'sentra-terminate-me' AS tag"),
        () => db.prisma.$queryRaw`SELECT pg_sleep(30) AS slept, 'sentra-terminate-me' AS tag`,
      ]) {
        const pending = digestOf(run());
        // Wait until the query runs, then end its backend as a crashing server would.
        for (let i = 0; i < 100; i++) {
          const { rowCount } = await admin.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE query LIKE '%sentra-terminate-me%' AND pid <> pg_backend_pid() AND query NOT LIKE '%pg_stat_activity%'`,
          );
          if (rowCount) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(await pending).toBe(DATABASE_UNAVAILABLE_DIGEST);
      }
      // The pool recovers: the next query gets a fresh connection.
      expect((await db.pool.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
    } finally {
      await admin.end();
    }
  });

  it("leave every other database error as it was", async () => {
    const db = createDatabaseClient(process.env.DATABASE_URL!);
    clients.push(db);
    expect(await digestOf(db.pool.query("SELECT * FROM no_such_table"))).toBe("none");
    expect(await digestOf(db.prisma.$queryRaw`SELECT 1/0`)).toBe("none");
    expect(await digestOf(db.prisma.user.create({ data: { email: null as unknown as string } as never }))).toBe("none");
    expect(await digestOf(db.prisma.user.findFirst())).toBe("resolved");
  });
});

describe("/api/v1 with the database unreachable", () => {
  it("answers 503 UNAVAILABLE with Retry-After, in the caller's language, without the cause", async () => {
    const staff = await actorWithRole("STAFF");
    const { secret } = await createToken({ actor: staff, input: { name: "sync", scopes: ["read"], expiresInDays: "30" } });
    const handler = apiHandler({
      scope: "read",
      permission: "clusters:read",
      run: async () => {
        throw Object.assign(new Error("the database system is starting up"), { code: "57P03" });
      },
    });
    const res = await handler(
      new Request("http://sentra.test/api/v1/clusters", { headers: { Authorization: `Bearer ${secret}`, "Accept-Language": "id" } }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("UNAVAILABLE");
    expect(body.error.message).toMatch(/^Basis data tidak dapat dijangkau/);
    expect(JSON.stringify(body)).not.toContain("starting up");
  });
});
