/**
 * A logical backup of a Sentra database over `pg`, no pg_dump needed (the embedded
 * PostgreSQL ships none, and Debian's client is older than server 18).
 *
 * Backup: one REPEATABLE READ, READ ONLY transaction (one snapshot: every table as of
 * the same instant), `COPY (SELECT … ORDER BY primary key) TO STDOUT` per table in
 * foreign-key order, gzip. The file is
 *
 *   {"format":"sentra-backup","version":1,"schema":"<latest applied migration>",…}\n
 *   {"table":"<name>","columns":[…]}\n <COPY text rows> \\.\n      (per table)
 *   {"end":true,"tables":{"<name>":{"rows":n,"sha256":"…"}},"sha256":"<all data>"}\n
 *
 * Restore: reads the whole file once to check it (a truncated or altered file fails
 * here, before anything is written), refuses a non-empty database and a schema newer
 * than this checkout's migrations, applies the migrations up to the backup's, COPYs
 * each table back (after emptying what the migrations inserted; FROM STDIN, in the same order; a table's own references are checked
 * at the end of its COPY), resets sequences, applies the newer migrations, refreshes
 * the materialized views, and compares every table's row count and sha256 with the
 * manifest.
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { applyMigrations, readMigrations } from "./migrate";

const BACKUP_FORMAT = "sentra-backup";
const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  schema: string;
  createdAt: string;
  tables: string[];
}
export interface BackupTrailer {
  end: true;
  tables: Record<string, { rows: number; sha256: string }>;
  sha256: string;
}

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  return client;
}

/** Ordinary tables of the public schema (not Prisma's migration log), parents before children. */
async function tablesInOrder(client: pg.Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' ORDER BY 1`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT cl.relname AS child, pa.relname AS parent FROM pg_constraint co
     JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_class pa ON pa.oid = co.confrelid
     JOIN pg_namespace n ON n.oid = cl.relnamespace
     WHERE co.contype = 'f' AND n.nspname = 'public' AND cl.relname <> pa.relname`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string) => {
    if (state.get(t) === "done") return;
    if (state.get(t) === "visiting") return; // a cycle: restore relies on deferred checks (replica role)
    state.set(t, "visiting");
    for (const p of parents.get(t) ?? []) visit(p);
    state.set(t, "done");
    ordered.push(t);
  };
  for (const t of tables) visit(t.name);
  return ordered;
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [ident(table)],
  );
  return rows.map((r) => r.name);
}

/** Primary-key columns (else all columns): a stable row order, so equal tables hash equal. */
async function orderColumns(client: pg.Client, table: string, columns: string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [ident(table)],
  );
  return rows.length ? rows.map((r) => r.name) : columns;
}

async function latestApplied(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  if (!rows[0]) throw new Error("The database has no applied migrations: nothing to back up.");
  return rows[0].name;
}

/** COPY one table out (ordered), feeding each chunk to `onChunk`; returns its row count and sha256. */
async function copyTableOut(
  client: pg.Client,
  table: string,
  columns: string[],
  order: string[],
  onChunk: (b: Buffer) => Promise<void> | void,
) {
  const hash = createHash("sha256");
  let rows = 0;
  const stream = client.query(
    copyTo(`COPY (SELECT ${columns.map(ident).join(", ")} FROM ${ident(table)} ORDER BY ${order.map(ident).join(", ")}) TO STDOUT`),
  );
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (const byte of chunk) if (byte === 10) rows++;
    await onChunk(chunk);
  }
  return { rows, sha256: hash.digest("hex") };
}

/** Row count and sha256 of every table of a database, as a backup records them. */
export async function describeTables(url: string): Promise<Record<string, { rows: number; sha256: string }>> {
  const client = await connect(url);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const out: Record<string, { rows: number; sha256: string }> = {};
    for (const table of await tablesInOrder(client)) {
      const columns = await columnsOf(client, table);
      out[table] = await copyTableOut(client, table, columns, await orderColumns(client, table, columns), () => {});
    }
    await client.query("COMMIT");
    return out;
  } finally {
    await client.end();
  }
}

export async function backupDatabase(
  url: string,
  file: string,
  log: (l: string) => void = () => {},
): Promise<BackupTrailer & { schema: string }> {
  const client = await connect(url);
  const gzip = createGzip();
  const out = createWriteStream(file);
  const done = pipeline(gzip, out);
  const write = async (data: string | Buffer) => {
    if (!gzip.write(data)) await new Promise((r) => gzip.once("drain", r));
  };
  const all = createHash("sha256");
  try {
    // One snapshot for every table: the backup is consistent even while the app writes.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const schema = await latestApplied(client);
    const tables = await tablesInOrder(client);
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schema, createdAt: new Date().toISOString(), tables };
    await write(`${JSON.stringify(header)}\n`);
    const manifest: BackupTrailer["tables"] = {};
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      await write(`${JSON.stringify({ table, columns })}\n`);
      manifest[table] = await copyTableOut(client, table, columns, await orderColumns(client, table, columns), async (chunk) => {
        all.update(chunk);
        await write(chunk);
      });
      await write("\\.\n");
      log(`  ${table}: ${manifest[table].rows} rows`);
    }
    await client.query("COMMIT");
    const trailer: BackupTrailer = { end: true, tables: manifest, sha256: all.digest("hex") };
    await write(`${JSON.stringify(trailer)}\n`);
    gzip.end();
    await done;
    return { ...trailer, schema };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    throw err;
  } finally {
    await client.end();
  }
}

type Section =
  | { kind: "header"; header: BackupHeader }
  | { kind: "table"; table: string; columns: string[]; rows: AsyncGenerator<string> }
  | { kind: "trailer"; trailer: BackupTrailer };

/** The file's sections in order; table rows are yielded line by line (with their newline). */
async function* readSections(file: string): AsyncGenerator<Section> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  // pipe() does not forward errors: a missing or unreadable file must fail the read.
  source.on("error", (err) => gunzip.destroy(err));
  const rl = readline.createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    return r.done ? undefined : r.value;
  };
  const first = await next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first ?? "") as BackupHeader;
  } catch {
    throw new Error("Not a Sentra backup (no header).");
  }
  if (header.format !== BACKUP_FORMAT) throw new Error("Not a Sentra backup (unknown format).");
  if (header.version !== BACKUP_VERSION)
    throw new Error(`Backup format version ${header.version} is not supported (expected ${BACKUP_VERSION}).`);
  yield { kind: "header", header };
  for (;;) {
    const line = await next();
    if (line === undefined) throw new Error("The backup is truncated: it ends before its manifest.");
    const meta = JSON.parse(line) as { table?: string; columns?: string[]; end?: true };
    if (meta.end) {
      yield { kind: "trailer", trailer: meta as BackupTrailer };
      if ((await next()) !== undefined) throw new Error("The backup has data after its manifest.");
      return;
    }
    if (!meta.table || !meta.columns) throw new Error("The backup is damaged (a section without a table name).");
    let finished = false;
    async function* rows() {
      for (;;) {
        const row = await next();
        if (row === undefined) throw new Error(`The backup is truncated inside table ${meta.table}.`);
        if (row === "\\.") {
          finished = true;
          return;
        }
        yield `${row}\n`;
      }
    }
    yield { kind: "table", table: meta.table, columns: meta.columns, rows: rows() };
    if (!finished) throw new Error(`The backup's table ${meta.table} was not read to its end.`);
  }
}

/** Reads the whole file and checks it against its own manifest. Throws on any damage. */
async function verifyBackup(file: string): Promise<{ header: BackupHeader; trailer: BackupTrailer }> {
  let header: BackupHeader | undefined;
  const seen: Record<string, { rows: number; sha256: string }> = {};
  const all = createHash("sha256");
  try {
    for await (const s of readSections(file)) {
      if (s.kind === "header") header = s.header;
      else if (s.kind === "table") {
        const hash = createHash("sha256");
        let rows = 0;
        for await (const row of s.rows) {
          hash.update(row);
          all.update(row);
          rows++;
        }
        seen[s.table] = { rows, sha256: hash.digest("hex") };
      } else {
        const trailer = s.trailer;
        for (const [table, expected] of Object.entries(trailer.tables)) {
          const got = seen[table];
          if (!got || got.rows !== expected.rows || got.sha256 !== expected.sha256) {
            throw new Error(`The backup is damaged: table ${table} does not match its checksum.`);
          }
        }
        if (Object.keys(seen).length !== Object.keys(trailer.tables).length)
          throw new Error("The backup is damaged: its tables do not match its manifest.");
        if (all.digest("hex") !== trailer.sha256) throw new Error("The backup is damaged: its checksum does not match.");
        return { header: header!, trailer };
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "Z_BUF_ERROR" || e.code === "Z_DATA_ERROR" || /unexpected end of file/i.test(e.message)) {
      throw new Error(`The backup is truncated or damaged (${e.message}).`, { cause: err });
    }
    throw err;
  }
  throw new Error("The backup is truncated: it has no manifest.");
}

export async function restoreDatabase(url: string, file: string, log: (l: string) => void = () => {}) {
  const { header, trailer } = await verifyBackup(file);
  log(`Backup checked: schema ${header.schema}, ${header.tables.length} tables, taken ${header.createdAt}`);
  const migrations = await readMigrations();
  if (!migrations.some((m) => m.name === header.schema)) {
    const newest = migrations.at(-1)?.name ?? "none";
    throw new Error(
      header.schema > newest
        ? `The backup is from a newer schema (${header.schema}) than this version of Sentra knows (${newest}). Restore it with the version that made it.`
        : `The backup's schema (${header.schema}) is not one of this version's migrations.`,
    );
  }
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'm', 'v')`,
    );
    if (rows[0]!.n > 0) throw new Error("The target database is not empty: restore only into an empty database (create a new one).");
  } finally {
    await client.end();
  }

  await applyMigrations(url, log, { upTo: header.schema });
  const db = await connect(url);
  try {
    await db.query("BEGIN");
    // Foreign keys are checked as the source had them; as superuser skip the triggers
    // (cycles, if any), else rely on the parent-first order.
    await db.query("SAVEPOINT role");
    try {
      await db.query("SET LOCAL session_replication_role = replica");
      await db.query("RELEASE SAVEPOINT role");
    } catch {
      await db.query("ROLLBACK TO SAVEPOINT role");
    }
    // Migrations may insert rows of their own (reference areas, state rows): the
    // backup holds those too, as they were.
    if (header.tables.length) await db.query(`TRUNCATE ${header.tables.map(ident).join(", ")}`);
    for await (const s of readSections(file)) {
      if (s.kind !== "table") continue;
      const sink = db.query(copyFrom(`COPY ${ident(s.table)} (${s.columns.map(ident).join(", ")}) FROM STDIN`));
      await pipeline(Readable.from(s.rows), sink);
      log(`  ${s.table}: ${trailer.tables[s.table]?.rows ?? 0} rows`);
    }
    // Sequences (serial / identity columns) continue after the restored values.
    const { rows: seqs } = await db.query<{ seq: string; tbl: string; col: string }>(
      `SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
       FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = s.relnamespace WHERE s.relkind = 'S' AND n.nspname = 'public'`,
    );
    for (const q of seqs) {
      await db.query(`SELECT setval('${q.seq}', COALESCE((SELECT max(${ident(q.col)}) FROM ${q.tbl}), 0) + 1, false)`);
    }
    await db.query("COMMIT");
  } catch (err) {
    await db.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await db.end();
  }
  // The data is in at the backup's schema; newer migrations bring it to this version's.
  const later = await applyMigrations(url, log);
  const views = await connect(url);
  try {
    const { rows } = await views.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'm' ORDER BY 1`,
    );
    for (const v of rows) await views.query(`REFRESH MATERIALIZED VIEW ${ident(v.name)}`);
  } finally {
    await views.end();
  }
  if (!later.length) {
    const now = await describeTables(url);
    for (const [table, expected] of Object.entries(trailer.tables)) {
      const got = now[table];
      if (!got || got.rows !== expected.rows || got.sha256 !== expected.sha256)
        throw new Error(`After the restore, table ${table} differs from the backup.`);
    }
  }
  return { header, trailer, migratedAfter: later };
}
