/**
 * npm run db:restore -- FILE [--database NAME]
 * Restores a backup of `npm run db:backup` into an EMPTY database: DATABASE_URL (or
 * its server's database NAME), or the embedded server's database NAME (default
 * `sentra`, created when missing). Refuses a non-empty database, a truncated or
 * damaged file, and a backup from a newer schema. See docs/backup-and-restore.md.
 */
import "dotenv/config";
import { restoreDatabase } from "./lib/backup";
import { openTarget } from "./lib/backup-target";

const args = process.argv.slice(2);
const dbFlag = args.indexOf("--database");
const database = dbFlag >= 0 ? args[dbFlag + 1] : "sentra";
const file = args.find((a, i) => !a.startsWith("--") && i !== dbFlag + 1);
if (!file || !database) {
  console.error("Usage: npm run db:restore -- FILE [--database NAME]");
  process.exit(2);
}

const target = await openTarget(database, { create: !process.env.DATABASE_URL || dbFlag >= 0 });
try {
  console.log(`Restoring ${file} into ${target.describe}`);
  const started = Date.now();
  const { header, trailer, migratedAfter } = await restoreDatabase(target.url, file, (l) => console.log(l));
  const rows = Object.values(trailer.tables).reduce((s, t) => s + t.rows, 0);
  console.log(
    `Restored in ${Date.now() - started} ms: ${rows} rows of ${Object.keys(trailer.tables).length} tables at schema ${header.schema}` +
      (migratedAfter.length ? `, then migrated: ${migratedAfter.join(", ")}` : "; every table matches the backup's checksums"),
  );
} catch (err) {
  console.error(`Restore refused or failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
