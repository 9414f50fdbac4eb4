import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_DIGEST, isDatabaseUnreachable, markDatabaseUnreachable } from "@/lib/database-errors";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isDatabaseUnreachable", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["a reset connection", withCode("ECONNRESET")],
    ["PostgreSQL starting up", withCode("57P03", "the database system is starting up")],
    ["an administrator's shutdown", withCode("57P01", "terminating connection due to administrator command")],
    ["a connection failure (08006)", withCode("08006")],
    ["pg's own message for a dropped connection", new Error("Connection terminated unexpectedly")],
    ["Prisma's P1001", withCode("P1001", "Can't reach database server")],
    [
      "a raw query's P2010 whose adapter error says not reachable",
      Object.assign(withCode("P2010"), { meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } }),
    ],
    [
      "an adapter error for a postgres code",
      Object.assign(withCode("P2010"), { meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P03" } } } }),
    ],
    ["an error whose cause is", new Error("wrapped", { cause: withCode("ECONNREFUSED") })],
  ])("%s: yes", (_name, err) => {
    expect(isDatabaseUnreachable(err)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("23505", "duplicate key value")],
    ["a missing table", withCode("42P01")],
    ["a serialization failure", withCode("40001")],
    ["Prisma's unique violation", withCode("P2002")],
    [
      "an adapter error for a constraint",
      Object.assign(withCode("P2010"), { meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } }),
    ],
    ["a plain error", new Error("boom")],
    ["not an error", "ECONNREFUSED"],
    ["null", null],
  ])("%s: no", (_name, err) => {
    expect(isDatabaseUnreachable(err)).toBe(false);
  });

  it("stops on a cycle of causes", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    a.cause = a;
    expect(isDatabaseUnreachable(a)).toBe(false);
  });
});

describe("markDatabaseUnreachable", () => {
  it("gives the digest to an unreachable error and keeps any digest an error has", () => {
    expect((markDatabaseUnreachable(withCode("ECONNREFUSED")) as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect((markDatabaseUnreachable(withCode("23505")) as { digest?: string }).digest).toBeUndefined();
    const redirect = Object.assign(withCode("ECONNREFUSED"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    expect((markDatabaseUnreachable(redirect) as { digest?: string }).digest).toBe("NEXT_REDIRECT;replace;/login;307;");
  });
});
