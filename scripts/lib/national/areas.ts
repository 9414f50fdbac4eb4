/**
 * The reference areas (prisma/areas.ts loads them) as a tree, so generated clusters
 * get real regency, district and village codes that nest correctly.
 */
import type pg from "pg";

export interface AreaTree {
  provinces: Array<{ code: string; name: string }>;
  regencies: Array<{ code: string; name: string; provinceCode: string; districts: District[] }>;
}

interface District {
  code: string;
  name: string;
  villages: Array<{ code: string; name: string }>;
}

export async function loadAreaTree(client: pg.ClientBase): Promise<AreaTree> {
  const provinces = (await client.query<{ code: string; name: string }>(`SELECT code, name FROM province ORDER BY code`)).rows;
  const regencyRows = (
    await client.query<{ code: string; name: string; provinceCode: string }>(`SELECT code, name, "provinceCode" FROM regency ORDER BY code`)
  ).rows;
  const districtRows = (
    await client.query<{ code: string; name: string; regencyCode: string }>(`SELECT code, name, "regencyCode" FROM district ORDER BY code`)
  ).rows;
  const villageRows = (
    await client.query<{ code: string; name: string; districtCode: string }>(`SELECT code, name, "districtCode" FROM village ORDER BY code`)
  ).rows;

  const districts = new Map<string, District>();
  const byRegency = new Map<string, District[]>();
  for (const d of districtRows) {
    const district = { code: d.code, name: d.name, villages: [] };
    districts.set(d.code, district);
    const list = byRegency.get(d.regencyCode);
    if (list) list.push(district);
    else byRegency.set(d.regencyCode, [district]);
  }
  for (const v of villageRows) districts.get(v.districtCode)?.villages.push({ code: v.code, name: v.name });
  const regencies = regencyRows.map((r) => ({ ...r, districts: byRegency.get(r.code) ?? [] })).filter((r) => r.districts.length > 0);
  if (provinces.length === 0 || regencies.length === 0) {
    throw new Error("The reference areas are not loaded (province/regency/district tables are empty)");
  }
  return { provinces, regencies };
}
