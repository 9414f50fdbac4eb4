/**
 * The SMEs (about a million), made inside PostgreSQL: one INSERT … SELECT per batch
 * of clusters, over generate_series and arrays of name parts, with randomness from
 * hashing the SME's number (see random.ts) and `searchText` from the SQL twin of
 * smeSearchText() (normalize-sql.ts).
 */
import { smeSearchText } from "../../../lib/search/normalize";
import { DATASET_NOW, ID_PREFIX, type NationalStep, type PlannedCluster, type StepContext } from "./context";
import { sqlNormalize } from "./normalize-sql";
import { sqlRandom } from "./random";
import { BRAND_WORDS, BUSINESS_PREFIXES, FAMILY_NAMES, FEMALE_FIRST, LEGAL_FORMS, MALE_FIRST } from "./vocabulary";

const BATCH_ROWS = 100_000;

// Perorangan (sole proprietors) dominate; the others by rough frequency.
const WEIGHTED_LEGAL_FORMS = [
  ...Array(6).fill(LEGAL_FORMS[0]),
  LEGAL_FORMS[1],
  LEGAL_FORMS[1],
  LEGAL_FORMS[2],
  LEGAL_FORMS[3],
  LEGAL_FORMS[4],
];

/** SME n (1-based, over the whole set) → id. */
export const smeId = (n: number | string) => `${ID_PREFIX}s-${String(n).padStart(7, "0")}`;

function smeInsertSql(seed: number): string {
  const r = sqlRandom(seed, "s.n");
  // Deterministic, unique 13-digit NIBs: n ↦ n·614889782587 + offset is a bijection modulo 10¹²
  // (the factor shares no prime with 10), behind a leading 8 that no demo NIB uses.
  const nibOffset = (seed * 7_777_777) % 1_000_000_000_000;
  return `
    INSERT INTO sme (id, "clusterId", "businessName", "ownerName", "ownerGender", nib, "legalForm", "yearStarted",
                     "workerCount", "annualTurnover", assets, "mainProducts", phone, status, "archivedAt", "searchText",
                     "createdAt", "updatedAt")
    SELECT '${ID_PREFIX}s-' || lpad(s.n::text, 7, '0'), s.cluster_id, x.business_name, x.owner_name, g.gender::"Gender",
           CASE WHEN ${r.unit(10)} < 0.08 THEN NULL
                ELSE '8' || lpad(((s.n * 614889782587 + ${nibOffset}) % 1000000000000)::text, 12, '0') END,
           CASE WHEN ${r.unit(11)} < 0.15 THEN NULL ELSE ${r.pick(12, "$8::text[]")} END,
           least(2025, greatest(s.year, 1970 + ${r.int(13, 0, 55)})),
           1 + floor(49 * power(${r.unit(14)}, 3))::int,
           m.turnover, (m.turnover * (0.2 + 0.7 * ${r.unit(15)}))::bigint / 1000 * 1000,
           s.products,
           CASE WHEN ${r.unit(16)} < 0.1 THEN NULL ELSE '08' || (1100000000 + ${r.int(17, 0, 899_999_999)})::text END,
           CASE WHEN t.archived THEN 'ARCHIVED' ELSE 'ACTIVE' END::"SmeStatus",
           CASE WHEN t.archived THEN t.updated END,
           ${sqlNormalize("x.business_name || ' ' || x.owner_name")},
           t.created, t.updated
    FROM (
      SELECT c.first + k AS n, c.cluster_id, c.word, c.products, c.year
      FROM unnest($1::text[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::int[]) AS c(cluster_id, first, cnt, word, products, year)
      CROSS JOIN LATERAL generate_series(0, c.cnt - 1) AS k
    ) s
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${r.unit(1)} < 0.03 THEN NULL WHEN ${r.unit(2)} < 0.52 THEN 'FEMALE' ELSE 'MALE' END AS gender
    ) g
    CROSS JOIN LATERAL (
      SELECT CASE WHEN g.gender = 'FEMALE' OR (g.gender IS NULL AND ${r.unit(2)} < 0.5) THEN ${r.pick(3, "$7::text[]")}
                  ELSE ${r.pick(3, "$9::text[]")} END AS first,
             CASE WHEN ${r.unit(4)} < 0.18 THEN NULL ELSE ${r.pick(5, "$10::text[]")} END AS family,
             ${r.pick(6, "$11::text[]")} AS brand,
             ${r.pick(7, "$12::text[]")} AS prefix,
             ${r.int(8, 0, 4)} AS pattern
    ) p
    CROSS JOIN LATERAL (
      SELECT CASE p.pattern
               WHEN 0 THEN p.prefix || ' ' || p.first || ' ' || s.word
               WHEN 1 THEN p.prefix || ' ' || p.brand || ' ' || s.word
               WHEN 2 THEN p.brand || ' ' || s.word
               WHEN 3 THEN s.word || ' ' || p.first || coalesce(' ' || p.family, '')
               ELSE p.prefix || ' ' || s.word || ' ' || p.brand
             END AS base_name
    ) b
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${r.unit(9)} < 0.02 THEN upper(b.base_name) ELSE b.base_name END AS business_name,
             p.first || coalesce(' ' || p.family, '') AS owner_name
    ) x
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${r.unit(18)} < 0.1 THEN NULL
                  ELSE (round(50000 * exp(${r.unit(19)} * 4.6)) * 1000)::bigint END AS turnover
    ) m
    CROSS JOIN LATERAL (
      SELECT timestamptz '2021-01-01 00:00:00+00' + ${r.int(20, 0, 4 * 365 * 24 * 60)} * interval '1 minute' AS created,
             ${r.unit(21)} < 0.015 AS archived
    ) t0
    CROSS JOIN LATERAL (
      SELECT t0.created AS created, t0.archived AS archived,
             least(timestamptz '${DATASET_NOW}', t0.created + ${r.int(22, 0, 400)} * interval '1 day') AS updated
    ) t`;
}

function batches(clusters: PlannedCluster[]): PlannedCluster[][] {
  const result: PlannedCluster[][] = [];
  let current: PlannedCluster[] = [];
  let rows = 0;
  for (const c of clusters) {
    current.push(c);
    rows += c.smeCount;
    if (rows >= BATCH_ROWS) {
      result.push(current);
      current = [];
      rows = 0;
    }
  }
  if (current.length) result.push(current);
  return result;
}

async function insertSmes(ctx: StepContext): Promise<number> {
  const sql = smeInsertSql(ctx.options.seed);
  const total = ctx.clusters.reduce((a, c) => a + c.smeCount, 0);
  let first = 1;
  let done = 0;
  const started = Date.now();
  for (const batch of batches(ctx.clusters)) {
    const firsts: number[] = [];
    for (const c of batch) {
      firsts.push(first);
      first += c.smeCount;
    }
    const res = await ctx.client.query(sql, [
      batch.map((c) => c.id),
      firsts,
      batch.map((c) => c.smeCount),
      batch.map((c) => c.smeWord),
      batch.map((c) => c.commodity),
      batch.map((c) => c.yearEstablished),
      [...FEMALE_FIRST],
      WEIGHTED_LEGAL_FORMS,
      [...MALE_FIRST],
      [...FAMILY_NAMES],
      [...BRAND_WORDS],
      [...BUSINESS_PREFIXES],
    ]);
    done += res.rowCount ?? 0;
    const seconds = (Date.now() - started) / 1000;
    ctx.log(`  smes: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${seconds.toFixed(1)} s)`);
  }
  return done;
}

/**
 * Recomputes searchText in JavaScript for a sample of SMEs (every accented or
 * upper-case name, plus every `every`-th row) and returns the rows that differ.
 */
async function checkSmeSearchText(client: StepContext["client"], every = 97) {
  const { rows } = await client.query<{ id: string; businessName: string; ownerName: string; searchText: string }>(
    `SELECT id, "businessName", "ownerName", "searchText" FROM sme
     WHERE id LIKE $1 AND ("businessName" ~ '[^ -~]' OR "ownerName" ~ '[^ -~]' OR "businessName" = upper("businessName")
            OR substr(id, length($2) + 1)::int % $3 = 0)`,
    [`${ID_PREFIX}s-%`, `${ID_PREFIX}s-`, every],
  );
  const mismatches = rows.filter((r) => smeSearchText(r) !== r.searchText);
  return { checked: rows.length, mismatches };
}

export const smesStep: NationalStep = {
  name: "smes",
  async run(ctx) {
    // Building a GIN index once is several times cheaper than maintaining it over a
    // million inserts. Dropped and re-created from its own definition, inside the
    // generating transaction: other sessions wait, and never see the index missing.
    const { rows: gin } = await ctx.client.query<{ name: string; def: string }>(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
       WHERE i.indrelid = 'sme'::regclass AND am.amname = 'gin'`,
    );
    for (const index of gin) await ctx.client.query(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
    const count = await insertSmes(ctx);
    const t = performance.now();
    for (const index of gin) await ctx.client.query(index.def);
    if (gin.length) ctx.log(`  smes: re-built ${gin.map((g) => g.name).join(", ")} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    const { checked, mismatches } = await checkSmeSearchText(ctx.client);
    if (mismatches.length) {
      const m = mismatches[0]!;
      throw new Error(
        `searchText made in SQL differs from smeSearchText() for ${mismatches.length} of ${checked} checked SMEs, e.g. ${m.id}: "${m.searchText}" vs "${smeSearchText(m)}"`,
      );
    }
    return `${count.toLocaleString("en")} SMEs (searchText checked against smeSearchText() on ${checked.toLocaleString("en")})`;
  },
  async remove(client) {
    await client.query(`DELETE FROM sme WHERE id LIKE $1`, [`${ID_PREFIX}s-%`]);
  },
};
