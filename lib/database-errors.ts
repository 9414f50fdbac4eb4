/**
 * Telling "the database could not be reached" apart from every other failure. The
 * error page needs it (a page that failed because PostgreSQL was down says so, even
 * when the database is back by the time the browser asks /api/health), and the job
 * queue retries such failures instead of blaming the input.
 *
 * No server-only import: the error page (a client component) reads the digest.
 */

/**
 * The digest a database-unreachable error carries to the error page. Next keeps a
 * digest an error already has (it hashes the message only for errors without one), and
 * sends only the digest to the browser in production: no message, no stack.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "SENTRA_DATABASE_UNAVAILABLE";

// Socket errors, and PostgreSQL's connection-exception class (08xxx) and operator
// intervention (57P01 admin shutdown, 57P02 crash shutdown, 57P03 starting up).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "57P01", "57P02", "57P03"]);
// Prisma: can't reach the server, timed out reaching it, server closed the connection.
const PRISMA_UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017"]);
// The Prisma driver adapter's names for the same failures.
const ADAPTER_UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
// pg's own messages for a connection that went away mid-query (no code).
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection (?:is )?(?:closed|lost)|terminating connection|Client has encountered a connection error/i;

type ErrorShape = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

/** Whether `err` (from pg, the Prisma client or its driver adapter) means the database could not be reached. */
export function isDatabaseUnreachable(err: unknown, depth = 0): boolean {
  if (err === null || typeof err !== "object" || depth > 3) return false;
  const e = err as ErrorShape;
  if (typeof e.code === "string") {
    if (UNREACHABLE_CODES.has(e.code) || PRISMA_UNREACHABLE_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code)) return true;
  }
  if (typeof e.kind === "string" && ADAPTER_UNREACHABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNREACHABLE_MESSAGE.test(e.message)) return true;
  return isDatabaseUnreachable(e.meta?.driverAdapterError?.cause, depth + 1) || isDatabaseUnreachable(e.cause, depth + 1);
}

/** Gives a database-unreachable error the digest the error page recognises; returns `err` either way. */
export function markDatabaseUnreachable(err: unknown): unknown {
  if (isDatabaseUnreachable(err) && !(err as { digest?: unknown }).digest) {
    (err as { digest?: string }).digest = DATABASE_UNAVAILABLE_DIGEST;
  }
  return err;
}
