/**
 * About 60,000 approved diagnoses over five years (mid-2021 to mid-2026) for the
 * national data set, with what an approval writes (lib/diagnosis/approve-diagnosis.ts):
 * the diagnosis, its StageHistory row (with the province at that time) and its
 * DiagnosisScore rows (one per group of the default instrument with a 0–100 score,
 * one per indicator with a level, a score and `holdsBack`), then Cluster.currentStage
 * = the latest stage (NULL for the ~20% never diagnosed). Plus some open diagnoses
 * (submitted, returned, draft) so the review pipeline has a queue.
 *
 * Stages follow a random walk per cluster; clusters that get support (the same
 * clusters financing.ts serves, `isSupportedCluster`) move up more often, so the
 * dashboard's support comparison has something to show. About 1.5% of clusters
 * "moved": their earlier diagnoses carry another province. Diagnoses and StageHistory
 * rows are planned in JavaScript (seeded), scores are made inside PostgreSQL.
 *
 * Runs as a step of scripts/generate-national.ts, or on its own against a database
 * that already holds the generated clusters (see generateSupportData in financing.ts).
 */
import type pg from "pg";
import { defaultInstrument } from "../../../lib/diagnosis/engine";
import { DATASET_NOW, ID_PREFIX, type NationalStep, type PlannedCluster, type StepContext } from "./context";
import { prng, sqlRandom, type Random } from "./random";

type StageName = "SURVIVAL" | "ADVANCE" | "MATURE";
const STAGES: StageName[] = ["SURVIVAL", "ADVANCE", "MATURE"];
const WINDOW_START = Date.parse("2021-07-01T00:00:00Z");
const WINDOW_END = Date.parse(DATASET_NOW);
const DAY = 86_400_000;
const CHUNK = 10_000;

const diagnosisId = (n: number) => `${ID_PREFIX}d-${String(n).padStart(7, "0")}`;
const historyId = (n: number) => `${ID_PREFIX}h-${String(n).padStart(7, "0")}`;

/** A stable 0..1 value per (seed, cluster index, stream), independent of any stream's position. */
function hash01(seed: number, index: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ Math.imul(stream + 7, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Clusters that receive BDS services and MAP loans (financing.ts) — and move up more often here. */
export function isSupportedCluster(seed: number, index: number): boolean {
  return hash01(seed, index, 1) < 0.45;
}

export interface Actors {
  assessorId: string;
  reviewerId: string;
}

/** The staff member and reviewer the generated rows name: demo accounts when present, else one synthetic staff user. */
export async function ensureActors(client: pg.ClientBase): Promise<Actors> {
  const { rows } = await client.query<{ id: string; role: string }>(
    `SELECT id, role FROM "user" WHERE role IN ('STAFF', 'ADMIN', 'CONSULTANT') AND "isActive"
     ORDER BY (email = 'staf@sentra.test') DESC, (email = 'konsultan@sentra.test') DESC, email`,
  );
  const staff = rows.find((r) => r.role === "STAFF") ?? rows.find((r) => r.role === "ADMIN");
  const reviewer = rows.find((r) => r.role === "CONSULTANT") ?? rows.find((r) => r.role === "ADMIN") ?? staff;
  if (staff && reviewer) return { assessorId: staff.id, reviewerId: reviewer.id };
  const id = `${ID_PREFIX}u-staff`;
  // Never signs in: the hash is not a valid argon2 hash.
  await client.query(
    `INSERT INTO "user" (id, email, name, "passwordHash", role, "isActive", "updatedAt")
     VALUES ($1, 'national-staff@sentra.invalid', 'Petugas Data Sintetis', '!', 'STAFF', false, now()) ON CONFLICT (id) DO NOTHING`,
    [id],
  );
  return { assessorId: staff?.id ?? id, reviewerId: reviewer?.id ?? staff?.id ?? id };
}

interface PlannedDiagnosis {
  n: number;
  clusterId: string;
  provinceCode: string;
  stage: StageName;
  decidedAt: Date;
  growth: number;
  action: number;
}

function baseScore(random: Random, stage: StageName): number {
  if (stage === "SURVIVAL") return 18 + random() * 20;
  if (stage === "ADVANCE") return 42 + random() * 24;
  return 71 + random() * 22;
}

function planDiagnoses(clusters: PlannedCluster[], seed: number, provinceCodes: string[]): PlannedDiagnosis[] {
  const random = prng(seed * 31 + 7);
  const out: PlannedDiagnosis[] = [];
  clusters.forEach((c, index) => {
    if (!c.isActive) return;
    if (random() < 0.2) return; // never diagnosed
    const k = 1 + Math.floor(random() * 9);
    const supported = isSupportedCluster(seed, index);
    const up = supported ? 0.36 : 0.2;
    const down = supported ? 0.06 : 0.13;
    const first = WINDOW_START + random() * 300 * DAY;
    const slot = (WINDOW_END - 14 * DAY - first) / k;
    const moved = random() < 0.015;
    const otherProvince = provinceCodes[Math.floor(random() * provinceCodes.length)]!;
    const moveAt = first + random() * (WINDOW_END - first);
    const roll = random();
    let stage: StageName = roll < 0.6 ? "SURVIVAL" : roll < 0.9 ? "ADVANCE" : "MATURE";
    for (let j = 0; j < k; j++) {
      if (j > 0) {
        const step = random();
        const i = STAGES.indexOf(stage);
        if (step < up && i < 2) stage = STAGES[i + 1]!;
        else if (step > 1 - down && i > 0) stage = STAGES[i - 1]!;
      }
      const at = first + slot * j + random() * slot * 0.8;
      const growth = baseScore(random, stage);
      out.push({
        n: out.length + 1,
        clusterId: c.id,
        provinceCode: moved && at < moveAt && otherProvince !== c.provinceCode ? otherProvince : c.provinceCode,
        stage,
        decidedAt: new Date(Math.round(at / 1000) * 1000),
        growth: Math.round(growth * 10) / 10,
        action: Math.round(Math.min(100, Math.max(0, growth + (random() - 0.5) * 16)) * 10) / 10,
      });
    }
  });
  return out;
}

async function insertDiagnoses(client: pg.ClientBase, rows: PlannedDiagnosis[], actors: Actors) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const col = <T>(f: (r: PlannedDiagnosis) => T) => chunk.map(f);
    await client.query(
      `INSERT INTO diagnosis (id, "clusterId", "instrumentCode", "instrumentVersion", role, status, "assessorId", "reviewerId",
                              "submittedAt", "approvedAt", "resultStage", "growthScore", "actionScore", "createdAt", "updatedAt")
       SELECT id, cluster, $1, $2, 'PRIMARY', 'APPROVED', $3, $4, at - interval '4 days', at, stage::"Stage", growth, action,
              at - interval '18 days', at
       FROM unnest($5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::float8[], $10::float8[]) AS t(id, cluster, at, stage, growth, action)`,
      [
        defaultInstrument.code,
        defaultInstrument.version,
        actors.assessorId,
        actors.reviewerId,
        col((r) => diagnosisId(r.n)),
        col((r) => r.clusterId),
        col((r) => r.decidedAt),
        col((r) => r.stage),
        col((r) => r.growth),
        col((r) => r.action),
      ],
    );
    await client.query(
      `INSERT INTO stage_history (id, "clusterId", "diagnosisId", stage, "provinceCode", "decidedAt", "createdAt", "updatedAt")
       SELECT hid, cluster, did, stage::"Stage", province, at, at, at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS t(hid, cluster, did, stage, province, at)`,
      [
        col((r) => historyId(r.n)),
        col((r) => r.clusterId),
        col((r) => diagnosisId(r.n)),
        col((r) => r.stage),
        col((r) => r.provinceCode),
        col((r) => r.decidedAt),
      ],
    );
  }
}

/**
 * Group and indicator score rows for diagnoses lo..hi, made in SQL. Group score: the
 * diagnosis' growth (or action, for ACTION_CAPACITY) score with noise and a small
 * per-province handicap; indicator level 1..5 around the group score; the weakest
 * three indicators (one for a mature cluster) hold the cluster back, with a
 * per-province bias so provinces differ.
 */
function scoresSql(seed: number): string {
  const g = sqlRandom(seed, "(d.n * 100 + gr.k)");
  const i = sqlRandom(seed, "(ind.n * 100 + ind.ik)");
  const bias = (expr: string) => `((hashtextextended(${expr}, ${seed}) & 1023)::float8 / 1023.0)`;
  return `
    WITH d AS (
      SELECT substr(d.id, ${ID_PREFIX.length + 3})::bigint AS n, d.id, d."clusterId", d."growthScore" AS growth,
             d."actionScore" AS action, d."resultStage" AS stage, sh."provinceCode" AS prov, d."approvedAt" AS at
      FROM diagnosis d JOIN stage_history sh ON sh."diagnosisId" = d.id
      WHERE d.id >= $4 AND d.id <= $5
    ), gs AS (
      SELECT d.*, gr.code AS group_code, gr.k,
             least(100, greatest(0, round((CASE WHEN gr.code = 'ACTION_CAPACITY' THEN d.action ELSE d.growth END
                                        + (${g.unit(31)} - 0.5) * 22 - 8 * ${bias("d.prov || ':' || gr.code")})::numeric, 1)))::float8 AS score
      FROM d CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS gr(code, k)
    ), ind AS (
      SELECT gs.n, gs.id, gs."clusterId", gs.stage, gs.at, gs.prov, gs.group_code, x.code AS indicator, x.k AS ik,
             least(5, greatest(1, round(1 + gs.score / 25 + (${sqlRandom(seed, "(gs.n * 100 + x.k)").unit(32)} - 0.5) * 1.8)))::int AS level
      FROM gs JOIN unnest($2::text[], $3::text[]) WITH ORDINALITY AS x(code, grp, k) ON x.grp = gs.group_code
    ), ranked AS (
      SELECT ind.*, row_number() OVER (PARTITION BY ind.id ORDER BY ind.level + ${i.unit(33)} * 1.2 - 1.6 * ${bias("ind.prov || ':' || ind.indicator")}, ind.ik) AS weak
      FROM ind
    )
    INSERT INTO diagnosis_score (id, "diagnosisId", "clusterId", "groupCode", "indicatorCode", score, level, "holdsBack", "createdAt", "updatedAt")
    SELECT '${ID_PREFIX}x-' || gs.n || '-g' || gs.k, gs.id, gs."clusterId", gs.group_code, NULL, gs.score, NULL, false, gs.at, gs.at FROM gs
    UNION ALL
    SELECT '${ID_PREFIX}x-' || r.n || '-i' || r.ik, r.id, r."clusterId", r.group_code, r.indicator, (r.level - 1) * 25.0, r.level,
           r.weak <= CASE WHEN r.stage = 'MATURE' THEN 1 ELSE 3 END, r.at, r.at
    FROM ranked r`;
}

async function insertScores(client: pg.ClientBase, seed: number, count: number) {
  const groups = defaultInstrument.groups.map((g) => g.code);
  const indicators = defaultInstrument.groups.flatMap((g) => g.indicators.map((i) => [i.code, g.code] as const));
  const sql = scoresSql(seed);
  for (let lo = 1; lo <= count; lo += CHUNK) {
    const hi = Math.min(count, lo + CHUNK - 1);
    await client.query(sql, [groups, indicators.map((x) => x[0]), indicators.map((x) => x[1]), diagnosisId(lo), diagnosisId(hi)]);
  }
}

/** Open primaries (submitted and waiting, returned, draft) on clusters without one, for the review queue. */
async function insertOpen(client: pg.ClientBase, clusters: PlannedCluster[], seed: number, actors: Actors, first: number): Promise<number> {
  const random = prng(seed * 31 + 11);
  const active = clusters.filter((c) => c.isActive);
  const chosen = new Set<string>();
  const rows: Array<{ id: string; clusterId: string; status: string; submitted: Date | null; created: Date }> = [];
  // About 6% of active clusters wait for review, 1.7% were returned, 3.3% have a draft (900/250/500 nationally).
  const plan: Array<[string, number]> = [
    ["SUBMITTED", 0.06],
    ["RETURNED", 0.017],
    ["DRAFT", 0.033],
  ].map(([s, share]) => [s as string, Math.round(active.length * (share as number))]);
  let n = first;
  for (const [status, count] of plan) {
    for (let k = 0; k < count && chosen.size < active.length; k++) {
      let c = active[Math.floor(random() * active.length)]!;
      while (chosen.has(c.id)) c = active[Math.floor(random() * active.length)]!;
      chosen.add(c.id);
      const submitted = status === "DRAFT" ? null : new Date(WINDOW_END - Math.floor(random() * random() * 120 + 1) * DAY);
      rows.push({
        id: diagnosisId(n++),
        clusterId: c.id,
        status,
        submitted,
        created: new Date((submitted?.getTime() ?? WINDOW_END) - 10 * DAY),
      });
    }
  }
  await client.query(
    `INSERT INTO diagnosis (id, "clusterId", "instrumentCode", "instrumentVersion", role, status, "assessorId", "submittedAt", "returnedAt", "createdAt", "updatedAt")
     SELECT id, cluster, $1, $2, 'PRIMARY', status::"DiagnosisStatus", $3, submitted,
            CASE WHEN status = 'RETURNED' THEN submitted + interval '3 days' END, created, coalesce(submitted, created)
     FROM unnest($4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::timestamptz[]) AS t(id, cluster, status, submitted, created)`,
    [
      defaultInstrument.code,
      defaultInstrument.version,
      actors.assessorId,
      rows.map((r) => r.id),
      rows.map((r) => r.clusterId),
      rows.map((r) => r.status),
      rows.map((r) => r.submitted),
      rows.map((r) => r.created),
    ],
  );
  return rows.length;
}

/** The generated clusters as later steps need them, read back from the database (standalone runs). */
export async function loadPlannedClusters(client: pg.ClientBase): Promise<PlannedCluster[]> {
  const { rows } = await client.query<{
    id: string;
    provinceCode: string;
    commodity: string;
    yearEstablished: number | null;
    workerCount: number;
    smes: number;
    active: boolean;
  }>(
    `SELECT c.id, c."provinceCode", c.commodity, c."yearEstablished", c."workerCount", c.status = 'ACTIVE' AS active,
            (SELECT count(*) FROM sme s WHERE s."clusterId" = c.id)::int AS smes
     FROM cluster c WHERE c.id LIKE $1 ORDER BY c.id`,
    [`${ID_PREFIX}c-%`],
  );
  return rows.map((r) => ({
    id: r.id,
    provinceCode: r.provinceCode,
    commodity: r.commodity,
    smeWord: "",
    yearEstablished: r.yearEstablished ?? 2000,
    workerCount: r.workerCount,
    smeCount: r.smes,
    isActive: r.active,
  }));
}

export const diagnosesStep: NationalStep = {
  name: "diagnoses",
  async run(ctx: StepContext) {
    const clusters = ctx.clusters.length ? ctx.clusters : await loadPlannedClusters(ctx.client);
    const actors = await ensureActors(ctx.client);
    const provinces = (await ctx.client.query<{ code: string }>(`SELECT code FROM province ORDER BY code`)).rows.map((r) => r.code);
    const planned = planDiagnoses(clusters, ctx.options.seed, provinces);
    await insertDiagnoses(ctx.client, planned, actors);
    await insertScores(ctx.client, ctx.options.seed, planned.length);
    await ctx.client.query(
      `UPDATE cluster c SET "currentStage" = l.stage
       FROM (SELECT DISTINCT ON ("clusterId") "clusterId", stage FROM stage_history WHERE id LIKE $1 ORDER BY "clusterId", "decidedAt" DESC, id DESC) l
       WHERE c.id = l."clusterId"`,
      [`${ID_PREFIX}h-%`],
    );
    await ctx.client.query(
      `UPDATE cluster c SET "currentStage" = NULL WHERE c.id LIKE $1 AND NOT EXISTS (SELECT 1 FROM stage_history sh WHERE sh."clusterId" = c.id)`,
      [`${ID_PREFIX}c-%`],
    );
    const open = await insertOpen(ctx.client, clusters, ctx.options.seed, actors, planned.length + 1);
    const moves = planned.filter((d, i) => i > 0 && planned[i - 1]!.clusterId === d.clusterId && planned[i - 1]!.stage !== d.stage).length;
    return `${planned.length.toLocaleString("en")} approved diagnoses (${moves.toLocaleString("en")} stage changes, ~${(planned.length * 29).toLocaleString("en")} score rows), ${open} open`;
  },
  async remove(client) {
    await client.query(`DELETE FROM diagnosis_score WHERE "diagnosisId" LIKE $1`, [`${ID_PREFIX}d-%`]);
    await client.query(`DELETE FROM stage_history WHERE id LIKE $1`, [`${ID_PREFIX}h-%`]);
    await client.query(`DELETE FROM diagnosis WHERE id LIKE $1`, [`${ID_PREFIX}d-%`]);
    await client.query(`DELETE FROM "user" WHERE id LIKE $1`, [`${ID_PREFIX}u-%`]);
  },
};
