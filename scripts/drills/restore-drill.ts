/**
 * The restore drill: seed, back up, change data, restore into an empty database,
 * compare every table's row count and checksum with the backup; then the refusals: a
 * truncated file, a non-empty database, a backup from a newer schema.
 */
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { seedDemo } from "../../prisma/seed";
import { backupDatabase, describeTables, restoreDatabase } from "../lib/backup";
import { applyMigrations } from "../lib/migrate";
import { ensureDatabase, withThrowawayServer } from "../lib/throwaway-db";

async function expectRefusal(what: string, run: () => Promise<unknown>, pattern: RegExp) {
  try {
    await run();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    assert.match(message, pattern, `${what}: refused, but with an unexpected message: ${message}`);
    console.log(`  ✓ ${what}: refused (${message.split("\n")[0]})`);
    return;
  }
  assert.fail(`${what}: was NOT refused`);
}

export async function restoreDrill(log: (l: string) => void = console.log) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "sentra-restore-drill-"));
  try {
    await withThrowawayServer(async (server) => {
      const suffix = process.pid;
      const source = server.urlFor(`sentra_drill_src_${suffix}`);
      await ensureDatabase(server.adminUrl, `sentra_drill_src_${suffix}`);
      await applyMigrations(source);
      await seedDemo(source, () => {});
      const file = path.join(dir, "drill.sentra.gz");

      let started = Date.now();
      const backup = await backupDatabase(source, file);
      const rows = Object.values(backup.tables).reduce((s, t) => s + t.rows, 0);
      log(
        `  backup: ${Object.keys(backup.tables).length} tables, ${rows} rows, ${(await fs.stat(file)).size} bytes in ${Date.now() - started} ms`,
      );
      assert.ok(backup.tables.map_allocation!.rows > 200, "the seeded ledger is in the backup");

      // Change the source after the backup: the restore must bring back the backup, not this.
      const client = new pg.Client({ connectionString: source });
      await client.connect();
      await client.query(`UPDATE cluster SET name = name || ' (diubah)'`);
      await client.query(`DELETE FROM notification`);
      await client.end();
      const changed = await describeTables(source);
      assert.notEqual(changed.cluster!.sha256, backup.tables.cluster!.sha256, "the change is visible in the checksums");

      const targetName = `sentra_drill_dst_${suffix}`;
      await ensureDatabase(server.adminUrl, targetName);
      const target = server.urlFor(targetName);
      started = Date.now();
      await restoreDatabase(target, file);
      log(`  restore: ${Date.now() - started} ms`);
      const restored = await describeTables(target);
      for (const [table, expected] of Object.entries(backup.tables)) {
        assert.deepEqual(restored[table], expected, `table ${table}: row count and sha256 equal the backup's`);
      }
      assert.deepEqual(Object.keys(restored).sort(), Object.keys(backup.tables).sort(), "the same tables");
      log(`  ✓ every table (${Object.keys(restored).length}) has the backup's row count and sha256`);

      await expectRefusal("a restore into a non-empty database", () => restoreDatabase(target, file), /not empty/);

      const raw = await fs.readFile(file);
      const truncated = path.join(dir, "truncated.sentra.gz");
      await fs.writeFile(truncated, raw.subarray(0, Math.floor(raw.length * 0.6)));
      const empty2 = `sentra_drill_e2_${suffix}`;
      await ensureDatabase(server.adminUrl, empty2);
      await expectRefusal("a truncated backup", () => restoreDatabase(server.urlFor(empty2), truncated), /truncated|damaged/);
      const cut = path.join(dir, "cut.sentra.gz");
      const text = gunzipSync(raw).toString("utf8");
      await fs.writeFile(cut, gzipSync(text.slice(0, text.lastIndexOf('{"end":true'))));
      await expectRefusal("a backup cut before its manifest (valid gzip)", () => restoreDatabase(server.urlFor(empty2), cut), /truncated/);
      const altered = path.join(dir, "altered.sentra.gz");
      await fs.writeFile(altered, gzipSync(text.replace("Batik", "Batek")));
      await expectRefusal("an altered backup", () => restoreDatabase(server.urlFor(empty2), altered), /damaged|checksum/);
      const newer = path.join(dir, "newer.sentra.gz");
      await fs.writeFile(newer, gzipSync(text.replace(/"schema":"[^"]+"/, '"schema":"99991231000000_future"')));
      await expectRefusal("a backup from a newer schema", () => restoreDatabase(server.urlFor(empty2), newer), /newer schema/);
      const probe = new pg.Client({ connectionString: server.urlFor(empty2) });
      await probe.connect();
      const { rows: left } = await probe.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
      await probe.end();
      assert.equal(left[0].n, 0, "a refused restore writes nothing");
      log("  ✓ refused restores left the empty database empty");
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await restoreDrill();
  console.log("Restore drill passed.");
}
