/**
 * npm run db:check-drift — fails when prisma/schema.prisma and the migrations disagree:
 * 1. the schema must equal the snapshot of the newest migration (else a migration is
 *    missing: run `npm run db:new-migration -- <name>`);
 * 2. the database the migrations build must equal the database the schema describes
 *    (compared catalog to catalog), so a hand-edited migration cannot drift either.
 */
import path from "node:path";
import pg from "pg";
import { describeCatalog } from "./lib/catalog";
import { applyMigrations } from "./lib/migrate";
import { latestSnapshot } from "./lib/migration-files";
import { diffDatamodels } from "./lib/prisma6";
import { ensureDatabase, withThrowawayServer } from "./lib/throwaway-db";

const schemaFile = path.resolve("prisma/schema.prisma");

const problems = await withThrowawayServer(async (server) => {
  const found: string[] = [];
  const snapshot = await latestSnapshot();
  if (!snapshot) return ["There are no migrations yet: run `npm run db:new-migration -- init`."];
  const pending = await diffDatamodels(snapshot, schemaFile, server.adminUrl);
  if (pending) {
    found.push(`schema.prisma has changes that no migration contains:\n${pending}\n→ run \`npm run db:new-migration -- <name>\``);
  }

  const suffix = process.pid;
  const fromMigrations = `sentra_drift_m_${suffix}`;
  const fromSchema = `sentra_drift_s_${suffix}`;
  await ensureDatabase(server.adminUrl, fromMigrations);
  await ensureDatabase(server.adminUrl, fromSchema);
  await applyMigrations(server.urlFor(fromMigrations));
  const client = new pg.Client({ connectionString: server.urlFor(fromSchema) });
  client.on("error", () => {});
  await client.connect();
  // Extensions come from raw SQL in the migrations; the schema's DDL needs them too.
  const probe = new pg.Client({ connectionString: server.urlFor(fromMigrations) });
  await probe.connect();
  const { rows: extensions } = await probe.query<{ extname: string }>(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`);
  await probe.end();
  for (const { extname } of extensions) await client.query(`CREATE EXTENSION IF NOT EXISTS "${extname}"`);
  await client.query(await diffDatamodels("empty", schemaFile, server.adminUrl));
  await client.end();

  const a = new Set(await describeCatalog(server.urlFor(fromMigrations)));
  const b = new Set(await describeCatalog(server.urlFor(fromSchema)));
  const onlyMigrations = [...a].filter((l) => !b.has(l));
  const onlySchema = [...b].filter((l) => !a.has(l));
  if (onlyMigrations.length || onlySchema.length) {
    found.push(
      [
        "The database built by the migrations differs from schema.prisma:",
        ...onlyMigrations.map((l) => `  only in migrations: ${l}`),
        ...onlySchema.map((l) => `  only in schema:     ${l}`),
      ].join("\n"),
    );
  }
  if (external()) {
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${fromMigrations}"`);
    await admin.query(`DROP DATABASE IF EXISTS "${fromSchema}"`);
    await admin.end();
  }
  return found;
});

function external() {
  return Boolean(process.env.DATABASE_URL);
}

if (problems.length) {
  console.error(`Drift between prisma/schema.prisma and prisma/migrations:\n\n${problems.join("\n\n")}`);
  process.exit(1);
}
console.log("No drift: schema.prisma and prisma/migrations agree.");
