/**
 * Loaded into the app server by the registry benchmark (`node --import tsx --import
 * ./tests/bench/lib/sql-capture.ts scripts/run.ts start`): while the file named by
 * BENCH_SQL_CAPTURE + ".on" exists, every statement the app sends through `pg`
 * (Prisma's driver adapter uses it; next.config.js keeps `pg` unbundled, so this is
 * the same module) is appended to BENCH_SQL_CAPTURE as one JSON line {text, values}.
 * The benchmark switches it on for one request per page, then replays exactly those
 * statements to time the database floor. Off, it costs one stat() per query.
 */
import { appendFileSync, existsSync } from "node:fs";
import pg from "pg";

const target = process.env.BENCH_SQL_CAPTURE;

function jsonValue(_key: string, value: unknown) {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString("base64") };
  return value;
}

if (target) {
  const flag = `${target}.on`;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function patchedQuery(this: pg.Client, ...args: unknown[]) {
    if (existsSync(flag)) {
      const [first, second] = args;
      const config =
        typeof first === "string"
          ? { text: first, values: Array.isArray(second) ? second : undefined }
          : (first as { text?: string; values?: unknown[] });
      if (config?.text) appendFileSync(target, `${JSON.stringify({ text: config.text, values: config.values ?? [] }, jsonValue)}\n`);
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
