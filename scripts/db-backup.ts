/**
 * npm run db:backup [-- FILE]
 * A consistent backup of DATABASE_URL, or of the embedded database, to FILE
 * (default backups/sentra-<schema>-<time>.sentra.gz). See docs/backup-and-restore.md.
 */
import "dotenv/config";
import fs from "node:fs/promises";
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { openTarget } from "./lib/backup-target";

const target = await openTarget(process.env.SENTRA_BACKUP_DATABASE ?? "sentra");
try {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  const file = path.resolve(process.argv[2] ?? `backups/sentra-${stamp}.sentra.gz`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  console.log(`Backing up ${target.describe} to ${file}`);
  const started = Date.now();
  const result = await backupDatabase(target.url, `${file}.partial`, (l) => console.log(l));
  // Only a complete backup gets the final name.
  await fs.rename(`${file}.partial`, file);
  const rows = Object.values(result.tables).reduce((s, t) => s + t.rows, 0);
  const { size } = await fs.stat(file);
  console.log(
    `Done in ${Date.now() - started} ms: schema ${result.schema}, ${Object.keys(result.tables).length} tables, ${rows} rows, ${size} bytes, sha256 ${result.sha256}`,
  );
} catch (err) {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
