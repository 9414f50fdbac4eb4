import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterSearchText, normalizeSearch, smeSearchText } from "@/lib/search/normalize";
import { makeUser } from "@/prisma/factories";
import { apportion } from "@/scripts/lib/national/clusters";
import { DEFAULT_OPTIONS, type NationalOptions } from "@/scripts/lib/national/context";
import { findExisting, generateNational, matches } from "@/scripts/lib/national/dataset";
import { sqlNormalize } from "@/scripts/lib/national/normalize-sql";
import { ACCENT_SWAPS, vocabularyText } from "@/scripts/lib/national/vocabulary";
import { prisma } from "../support/db";

// A small set: the same code paths as the national one, in about a second (far more
// on a machine busy with other builds, hence the generous timeouts below).
const SLOW = 120_000;
const SMALL: NationalOptions = { ...DEFAULT_OPTIONS, clusters: 120, smes: 6000, consultantClusters: 7 };
const quiet = () => {};

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

/** A digest of every generated row, to compare two runs. */
async function digest(): Promise<string> {
  const { rows } = await client.query<{ c: string; s: string; a: string }>(
    `SELECT (SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, name, commodity, "provinceCode", "regencyCode", "districtCode",
               "villageCode", "workerCount", "productionValue", "exportSharePct", status, "isDesignated", "currentStage", "searchText",
               "createdAt", "updatedAt" FROM cluster WHERE id LIKE 'nat-%') t) AS c,
            (SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, "clusterId", "businessName", "ownerName", "ownerGender",
               nib, "workerCount", "annualTurnover", assets, status, "searchText", "createdAt" FROM sme WHERE id LIKE 'nat-%') t) AS s,
            (SELECT string_agg("clusterId", ',' ORDER BY "clusterId") FROM consultant_assignment) AS a`,
  );
  return JSON.stringify(rows[0]);
}

describe("the SQL twin of normalizeSearch", () => {
  it("agrees with the JavaScript function on every word of the vocabulary, in every case, and on accented place names", async () => {
    const words = [...new Set(vocabularyText().split(" "))].filter(Boolean);
    const samples = [
      ...words,
      "  Sentra   Batik\tKOTAGÉDÉ  ",
      ...ACCENT_SWAPS.map(([, a]) => `Sentra ${a.toUpperCase()}${a} Kafé`),
      "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ",
    ];
    const { rows } = await client.query<{ input: string; output: string }>(
      `SELECT input, ${sqlNormalize("input")} AS output FROM unnest($1::text[]) AS input`,
      [samples],
    );
    expect(rows).toHaveLength(samples.length);
    const differing = rows.filter((r) => r.output !== normalizeSearch(r.input));
    expect(differing).toEqual([]);
  });
});

describe("generateNational (small scale)", () => {
  it(
    "makes clusters and SMEs whose searchText is exactly what the JavaScript functions compute",
    async () => {
      await makeUser(prisma, { email: "konsultan@sentra.test", role: "CONSULTANT" });
      await generateNational(process.env.DATABASE_URL!, SMALL, { log: quiet });

      const clusters = await prisma.cluster.findMany({
        where: { id: { startsWith: "nat-" } },
        select: { name: true, commodity: true, searchText: true },
      });
      expect(clusters).toHaveLength(SMALL.clusters);
      expect(clusters.filter((c) => c.searchText !== clusterSearchText(c))).toEqual([]);

      // Every row, not a sample: the SQL normaliser must match smeSearchText() exactly.
      const smes = await prisma.sme.findMany({
        where: { id: { startsWith: "nat-" } },
        select: { id: true, businessName: true, ownerName: true, searchText: true },
      });
      expect(smes).toHaveLength(SMALL.smes);
      expect(smes.filter((s) => s.searchText !== smeSearchText(s))).toEqual([]);
      // The set exercises accents and upper case in names.
      expect(smes.some((s) => /[^\x20-\x7e]/.test(s.businessName + s.ownerName))).toBe(true);
      expect(smes.some((s) => s.businessName === s.businessName.toUpperCase())).toBe(true);
    },
    SLOW,
  );

  it(
    "uses real area codes that nest, covers every province, and gives unique 13-digit NIBs (some missing)",
    async () => {
      await generateNational(process.env.DATABASE_URL!, SMALL, { log: quiet });
      const { rows } = await client.query<{
        bad: string;
        provinces: string;
        nibs: string;
        distinct_nibs: string;
        null_nibs: string;
        bad_nibs: string;
      }>(
        `SELECT (SELECT count(*) FROM cluster c
                 LEFT JOIN regency r ON r.code = c."regencyCode"
                 LEFT JOIN district d ON d.code = c."districtCode"
                 LEFT JOIN village v ON v.code = c."villageCode"
               WHERE c.id LIKE 'nat-%' AND (r."provinceCode" IS DISTINCT FROM c."provinceCode" OR d."regencyCode" IS DISTINCT FROM c."regencyCode"
                     OR (c."villageCode" IS NOT NULL AND v."districtCode" IS DISTINCT FROM c."districtCode"))) AS bad,
              (SELECT count(DISTINCT "provinceCode") FROM cluster WHERE id LIKE 'nat-%') AS provinces,
              (SELECT count(nib) FROM sme WHERE id LIKE 'nat-%') AS nibs,
              (SELECT count(DISTINCT nib) FROM sme WHERE id LIKE 'nat-%') AS distinct_nibs,
              (SELECT count(*) FROM sme WHERE id LIKE 'nat-%' AND nib IS NULL) AS null_nibs,
              (SELECT count(*) FROM sme WHERE id LIKE 'nat-%' AND nib !~ '^\\d{13}$') AS bad_nibs`,
      );
      const r = rows[0]!;
      expect(Number(r.bad)).toBe(0);
      expect(Number(r.provinces)).toBe(38);
      expect(Number(r.distinct_nibs)).toBe(Number(r.nibs));
      expect(Number(r.null_nibs)).toBeGreaterThan(0);
      expect(Number(r.null_nibs)).toBeLessThan(SMALL.smes * 0.2);
      expect(Number(r.bad_nibs)).toBe(0);
      // Yearly outcomes 2019–2026 for every active cluster, mostly growing, some declining.
      const o = (
        await client.query<{ clusters: string; rows: string; years: string; declining: string; growing: string }>(
          `WITH s AS (SELECT "clusterId", min(year) AS first, max(year) AS last, count(*) AS n,
                             (array_agg("productionValue" ORDER BY year))[1] AS v0, (array_agg("productionValue" ORDER BY year DESC))[1] AS v1
                        FROM cluster_outcome WHERE id LIKE 'nat-%' GROUP BY "clusterId")
           SELECT (SELECT count(*) FROM cluster WHERE id LIKE 'nat-%' AND status = 'ACTIVE') AS clusters, count(*) AS rows,
                  count(*) FILTER (WHERE first = 2019 AND last = 2026 AND n = 8) AS years,
                  count(*) FILTER (WHERE v1 < v0) AS declining, count(*) FILTER (WHERE v1 > v0) AS growing FROM s`,
        )
      ).rows[0]!;
      expect(Number(o.rows)).toBe(Number(o.clusters));
      expect(Number(o.years)).toBe(Number(o.clusters));
      expect(Number(o.declining)).toBeGreaterThan(0);
      expect(Number(o.growing)).toBeGreaterThan(Number(o.declining));
    },
    SLOW,
  );

  it(
    "finds an accented or upper-case cluster name by its plain, lower-case spelling through searchText",
    async () => {
      await generateNational(process.env.DATABASE_URL!, { ...SMALL, clusters: 600 }, { log: quiet });
      const accented = await prisma.cluster.findFirstOrThrow({
        where: { id: { startsWith: "nat-" }, name: { contains: "é" } },
        select: { id: true, name: true },
      });
      const plain = accented.name
        .split(" ")
        .find((w) => w.includes("é"))!
        .replaceAll("é", "e")
        .toLowerCase();
      const found = await prisma.cluster.findMany({ where: { searchText: { contains: normalizeSearch(plain) } }, select: { id: true } });
      expect(found.map((c) => c.id)).toContain(accented.id);
    },
    SLOW,
  );

  it(
    "is deterministic for a seed, recognises an existing set, and replaces it cleanly",
    async () => {
      const consultant = await makeUser(prisma, { email: "konsultan@sentra.test", role: "CONSULTANT" });
      await generateNational(process.env.DATABASE_URL!, SMALL, { log: quiet });
      const first = await digest();
      const existing = await findExisting(client);
      expect(existing).toEqual({ clusters: SMALL.clusters, smes: SMALL.smes, seed: SMALL.seed });
      expect(matches(existing!, SMALL)).toBe(true);
      expect(matches(existing!, { ...SMALL, seed: SMALL.seed + 1 })).toBe(false);
      expect(await prisma.consultantAssignment.count({ where: { consultantId: consultant.id } })).toBe(SMALL.consultantClusters);

      await generateNational(process.env.DATABASE_URL!, { ...SMALL, seed: 7 }, { replace: true, log: quiet });
      expect(await digest()).not.toBe(first);
      await generateNational(process.env.DATABASE_URL!, SMALL, { replace: true, log: quiet });
      expect(await digest()).toBe(first);
      expect(await prisma.sme.count()).toBe(SMALL.smes);
    },
    SLOW,
  );
});

describe("apportion", () => {
  it("splits exactly, at least one each, in proportion", () => {
    const counts = apportion(1000, [1, 1, 2, 0.001, 96]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(counts[4]).toBeGreaterThan(counts[2]!);
    expect(apportion(5, [1, 1, 1, 1, 1, 1, 1]).reduce((a, b) => a + b, 0)).toBe(5 + 2); // cannot go below one each
  });
});
