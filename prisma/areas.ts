/**
 * Indonesia's administrative areas (38 provinces, regencies/cities, districts,
 * villages) from the idn-area-data package, loaded in bulk and idempotently.
 */
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type pg from "pg";

const require = createRequire(import.meta.url);

async function readCsv(name: string): Promise<string[][]> {
  const dir = path.join(path.dirname(require.resolve("idn-area-data/package.json")), "data");
  const text = await fs.readFile(path.join(dir, `${name}.csv`), "utf8");
  // The files are simple (no quoted commas in these columns): code,parent,name.
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [a = "", b = "", ...rest] = line.split(",");
      return [a, b, rest.join(",")];
    });
}

async function bulkInsert(client: pg.PoolClient | pg.Client, table: string, parentColumn: string | null, rows: string[][]) {
  const CHUNK = 10_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    if (parentColumn) {
      await client.query(
        `INSERT INTO "${table}" (code, "${parentColumn}", name, "updatedAt")
         SELECT * , now() FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "${parentColumn}" = EXCLUDED."${parentColumn}"`,
        [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2])],
      );
    } else {
      await client.query(
        `INSERT INTO "${table}" (code, name, "updatedAt")
         SELECT *, now() FROM unnest($1::text[], $2::text[])
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
        [chunk.map((r) => r[0]), chunk.map((r) => r[1])],
      );
    }
  }
}

export async function loadAreas(client: pg.PoolClient | pg.Client, log: (l: string) => void = () => {}) {
  const provinces = (await readCsv("provinces")).map(([code, name]) => [code!, name!]);
  const regencies = await readCsv("regencies");
  const districts = await readCsv("districts");
  const villages = await readCsv("villages");
  const { rows } = await client.query<{ p: string; v: string }>(
    `SELECT (SELECT count(*) FROM province)::text AS p, (SELECT count(*) FROM village)::text AS v`,
  );
  if (Number(rows[0]?.p) === provinces.length && Number(rows[0]?.v) === villages.length) return;
  await bulkInsert(client, "province", null, provinces);
  await bulkInsert(client, "regency", "provinceCode", regencies);
  await bulkInsert(client, "district", "regencyCode", districts);
  // villages.csv is code,district_code,name.
  await bulkInsert(client, "village", "districtCode", villages);
  log(`Loaded ${provinces.length} provinces, ${regencies.length} regencies, ${districts.length} districts, ${villages.length} villages`);
}
