/**
 * Support and money for the national data set: 90 BDS providers and ~40,000 service
 * deliveries, five yearly MAP programmes (the 2001 programme's five channels and
 * ceilings, Rp 39.6 billion a year), 225 financial institutions (100 LKM, 113
 * KSP/USP, guarantee, venture capital, incubators), their yearly allocations, ~200,000
 * disbursements to SMEs and their quarterly repayments (some stop early: arrears).
 * Money is whole Rupiah. Services and loans go to the clusters `isSupportedCluster`
 * marks (diagnoses.ts), mostly in the institution's own province.
 *
 * A step of scripts/generate-national.ts; `generateSupportData` runs the diagnoses and
 * this step on their own against a database that already holds the generated
 * clusters and SMEs (e.g. one made before these steps existed).
 */
import pg from "pg";
import { BDS_SERVICES, type FinancingChannel } from "../../../lib/support/codes";
import { DATASET_NOW, ID_PREFIX, type NationalOptions, type NationalStep, type PlannedCluster, type StepContext } from "./context";
import { diagnosesStep, ensureActors, isSupportedCluster, loadPlannedClusters } from "./diagnoses";
import { outcomesStep } from "./outcomes";
import { prng, sqlRandom, weightedIndex } from "./random";
import { smeId } from "./smes";

const DAY = 86_400_000;
const WINDOW_START = Date.parse("2021-07-01T00:00:00Z");
const WINDOW_END = Date.parse(DATASET_NOW);
// Weights in the order of BDS_SERVICES.
const SERVICE_WEIGHTS = [8, 10, 14, 12, 6, 8, 7, 6, 5, 3];
const SERVICES = BDS_SERVICES;
// Channel, institutions, ceiling per year (Rp), standard amount per institution.
const CHANNELS = [
  { channel: "LKM", institutions: 100, ceiling: 5_000_000_000n, standard: 50_000_000n, label: "LKM" },
  { channel: "KSP_USP", institutions: 113, ceiling: 22_600_000_000n, standard: 200_000_000n, label: "KSP" },
  { channel: "GUARANTEE", institutions: 4, ceiling: 5_000_000_000n, standard: 1_250_000_000n, label: "Penjaminan" },
  { channel: "VENTURE_CAPITAL", institutions: 5, ceiling: 5_000_000_000n, standard: 1_000_000_000n, label: "Modal Ventura" },
  { channel: "INCUBATOR", institutions: 3, ceiling: 2_000_000_000n, standard: 666_666_000n, label: "Inkubator" },
] as const satisfies ReadonlyArray<{ readonly channel: FinancingChannel; readonly [k: string]: unknown }>;
const YEARS = [2021, 2022, 2023, 2024, 2025];
// At the default scale (15,000 clusters, 1,000,000 SMEs): 200,000 loans and 40,000 services; proportionally otherwise.
const disbursementCount = (o: NationalOptions) => Math.max(1, Math.round(o.smes * 0.2));
const deliveryCount = (o: NationalOptions) => Math.max(1, Math.round((o.clusters * 8) / 3));
const PURPOSES = ["Modal kerja", "Pembelian bahan baku", "Pembelian alat produksi", "Perluasan usaha", "Pemasaran"];

const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function insertProviders(client: pg.ClientBase, provinces: string[]): Promise<Array<{ id: string; province: string }>> {
  const rows = Array.from({ length: 90 }, (_, i) => ({
    id: `${ID_PREFIX}p-${String(i + 1).padStart(3, "0")}`,
    province: provinces[i % provinces.length]!,
  }));
  await client.query(
    `INSERT INTO bds_provider (id, name, "provinceCode", services, "accreditationStatus", "updatedAt")
     SELECT id, 'LPB Nusantara ' || lpad(ord::text, 3, '0'), province, $3::"BdsService"[],
            (CASE WHEN ord % 4 = 0 THEN 'ACCREDITED' WHEN ord % 4 = 1 THEN 'IN_PROGRESS' ELSE 'NONE' END)::"AccreditationStatus", now()
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(id, province, ord)`,
    [rows.map((r) => r.id), rows.map((r) => r.province), SERVICES],
  );
  return rows;
}

async function insertServices(
  ctx: StepContext,
  clusters: PlannedCluster[],
  providers: Array<{ id: string; province: string }>,
  recordedById: string,
) {
  const random = prng(ctx.options.seed * 31 + 23);
  const supported = clusters.map((c, i) => ({ c, i })).filter(({ c, i }) => c.isActive && isSupportedCluster(ctx.options.seed, i));
  if (!supported.length) return 0;
  const byProvince = new Map<string, string[]>();
  for (const p of providers) byProvince.set(p.province, [...(byProvince.get(p.province) ?? []), p.id]);
  const rows = Array.from({ length: deliveryCount(ctx.options) }, (_, n) => {
    const { c } = supported[Math.floor(random() * supported.length)]!;
    const local = byProvince.get(c.provinceCode);
    const provider =
      local && random() < 0.85 ? local[Math.floor(random() * local.length)]! : providers[Math.floor(random() * providers.length)]!.id;
    return {
      id: `${ID_PREFIX}v-${String(n + 1).padStart(6, "0")}`,
      provider,
      cluster: c.id,
      service: SERVICES[weightedIndex(random, SERVICE_WEIGHTS)]!,
      on: dateOnly(WINDOW_START + random() * (WINDOW_END - WINDOW_START)),
      participants: 3 + Math.floor(random() * 40),
      fee: BigInt(Math.round(random() * 30) * 500_000).toString(),
    };
  });
  for (let i = 0; i < rows.length; i += 20_000) {
    const chunk = rows.slice(i, i + 20_000);
    await ctx.client.query(
      `INSERT INTO service_delivery (id, "providerId", "clusterId", service, "deliveredOn", "participantCount", "feeAmount", "recordedById", "createdAt", "updatedAt")
       SELECT id, provider, cluster, service::"BdsService", day, participants, fee, $8, day, day
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::int[], $7::bigint[]) AS t(id, provider, cluster, service, day, participants, fee)`,
      [
        chunk.map((r) => r.id),
        chunk.map((r) => r.provider),
        chunk.map((r) => r.cluster),
        chunk.map((r) => r.service),
        chunk.map((r) => r.on),
        chunk.map((r) => r.participants),
        chunk.map((r) => r.fee),
        recordedById,
      ],
    );
  }
  return rows.length;
}

interface Institution {
  id: string;
  channel: string;
  province: string;
}

async function insertProgrammes(
  ctx: StepContext,
  provinces: string[],
  clusters: PlannedCluster[],
  recordedById: string,
): Promise<Institution[]> {
  const client = ctx.client;
  const random = prng(ctx.options.seed * 31 + 29);
  const institutions: Institution[] = [];
  for (const ch of CHANNELS) {
    for (let k = 0; k < ch.institutions; k++) {
      // LKM and KSP/USP spread over every province; the rarer channels sit in a few.
      const province = ch.institutions >= 100 ? provinces[k % provinces.length]! : provinces[Math.floor(random() * provinces.length)]!;
      institutions.push({
        id: `${ID_PREFIX}f-${ch.channel.toLowerCase()}-${String(k + 1).padStart(3, "0")}`,
        channel: ch.channel,
        province,
      });
    }
  }
  const inCluster = (inst: Institution) => {
    if (inst.channel !== "KSP_USP" || random() < 0.5) return null;
    const local = clusters.filter((c) => c.isActive && c.provinceCode === inst.province);
    return local.length ? local[Math.floor(random() * local.length)]!.id : null;
  };
  await client.query(
    `INSERT INTO financial_institution (id, type, name, "provinceCode", "clusterId", "updatedAt")
     SELECT id, channel::"FinancingChannel", name, province, cluster, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, channel, name, province, cluster)`,
    [
      institutions.map((i) => i.id),
      institutions.map((i) => i.channel),
      institutions.map((i, k) => `${CHANNELS.find((c) => c.channel === i.channel)!.label} Sintetis ${String(k + 1).padStart(3, "0")}`),
      institutions.map((i) => i.province),
      institutions.map(inCluster),
    ],
  );
  for (const year of YEARS) {
    const programme = `${ID_PREFIX}m-${year}`;
    await client.query(`INSERT INTO map_programme (id, name, year, budget, "updatedAt") VALUES ($1, $2, $3, 39600000000, now())`, [
      programme,
      `Perkuatan Permodalan ${year} (sintetis)`,
      year,
    ]);
    for (const ch of CHANNELS) {
      const channelId = `${programme}-${ch.channel.toLowerCase()}`;
      await client.query(
        `INSERT INTO map_channel (id, "programmeId", channel, ceiling, "standardAmount", "plannedInstitutions", "updatedAt")
         VALUES ($1, $2, $3::"FinancingChannel", $4, $5, $6, now())`,
        [channelId, programme, ch.channel, ch.ceiling.toString(), ch.standard.toString(), ch.institutions],
      );
      const mine = institutions.filter((i) => i.channel === ch.channel);
      await client.query(
        `INSERT INTO map_allocation (id, "channelId", "institutionId", amount, "allocatedOn", "recordedById", "updatedAt")
         SELECT $1 || '-' || ord, $1, inst, $3, $4::date + (ord % 60)::int, $5, now()
         FROM unnest($2::text[]) WITH ORDINALITY AS t(inst, ord)`,
        [channelId, mine.map((i) => i.id), ch.standard.toString(), `${year}-02-01`, recordedById],
      );
    }
  }
  return institutions;
}

/** ~200,000 loans to SMEs of supported clusters, through an institution of the SME's province where there is one. */
async function insertDisbursements(ctx: StepContext, clusters: PlannedCluster[], institutions: Institution[], recordedById: string) {
  const random = prng(ctx.options.seed * 31 + 31);
  let first = 1;
  const firsts = clusters.map((c) => {
    const f = first;
    first += c.smeCount;
    return f;
  });
  const candidates = clusters
    .map((c, i) => ({ c, i, first: firsts[i]! }))
    .filter(({ c, i }) => c.isActive && c.smeCount > 0 && isSupportedCluster(ctx.options.seed, i));
  if (!candidates.length) return 0;
  const weights = candidates.map(({ c }) => Math.sqrt(c.smeCount));
  const local = new Map<string, Institution[]>();
  for (const inst of institutions)
    if (inst.channel === "LKM" || inst.channel === "KSP_USP") local.set(inst.province, [...(local.get(inst.province) ?? []), inst]);
  const others = institutions.filter((i) => i.channel !== "LKM" && i.channel !== "KSP_USP");
  const rows = Array.from({ length: disbursementCount(ctx.options) }, (_, n) => {
    const { c, first: f } = candidates[weightedIndex(random, weights)]!;
    const nearby = local.get(c.provinceCode);
    const inst = nearby && random() < 0.93 ? nearby[Math.floor(random() * nearby.length)]! : others[Math.floor(random() * others.length)]!;
    const term = [6, 12, 12, 18, 24][Math.floor(random() * 5)]!;
    const on = WINDOW_START + random() * (WINDOW_END - WINDOW_START - 30 * DAY);
    return {
      id: `${ID_PREFIX}l-${String(n + 1).padStart(6, "0")}`,
      inst: inst.id,
      sme: smeId(f + Math.floor(random() * c.smeCount)),
      amount: (Math.round((0.5 + random() * random() * 9.5) * 20) * 50_000).toString(),
      on: dateOnly(on),
      due: dateOnly(on + term * 30.4 * DAY),
      term,
      purpose: PURPOSES[Math.floor(random() * PURPOSES.length)]!,
    };
  });
  for (let i = 0; i < rows.length; i += 25_000) {
    const chunk = rows.slice(i, i + 25_000);
    await ctx.client.query(
      `INSERT INTO disbursement (id, "institutionId", "smeId", amount, "disbursedOn", purpose, "termMonths", "dueOn", "recordedById", "createdAt", "updatedAt")
       SELECT id, inst, sme, amount, day, purpose, term, due, $9, day, day
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::date[], $6::text[], $7::int[], $8::date[]) AS t(id, inst, sme, amount, day, purpose, term, due)`,
      [
        chunk.map((r) => r.id),
        chunk.map((r) => r.inst),
        chunk.map((r) => r.sme),
        chunk.map((r) => r.amount),
        chunk.map((r) => r.on),
        chunk.map((r) => r.purpose),
        chunk.map((r) => r.term),
        chunk.map((r) => r.due),
        recordedById,
      ],
    );
  }
  return rows.length;
}

/**
 * Quarterly instalments of principal from three months after each loan, up to the
 * data set's "now"; about 12% of loans stop paying after a random instalment.
 */
async function insertRepayments(ctx: StepContext, recordedById: string): Promise<number> {
  const r = sqlRandom(ctx.options.seed, "substr(d.id, length($1) + 1)::bigint");
  const res = await ctx.client.query(
    `INSERT INTO repayment (id, "disbursementId", amount, "paidOn", "recordedById", "createdAt", "updatedAt")
     SELECT d.id || '-r' || k, d.id, (d.amount / greatest(1, d."termMonths" / 3)), (d."disbursedOn" + make_interval(months => 3 * k))::date, $2,
            d."disbursedOn" + make_interval(months => 3 * k), d."disbursedOn" + make_interval(months => 3 * k)
     FROM disbursement d
     CROSS JOIN LATERAL generate_series(1, greatest(1, d."termMonths" / 3)) AS k
     WHERE d.id LIKE $1 || '%'
       AND d."disbursedOn" + make_interval(months => 3 * k) <= $3::date
       AND (${r.unit(41)} >= 0.12 OR k <= ${r.int(42, 0, 3)})`,
    [`${ID_PREFIX}l-`, recordedById, DATASET_NOW.slice(0, 10)],
  );
  return res.rowCount ?? 0;
}

export const financingStep: NationalStep = {
  name: "support and financing",
  async run(ctx) {
    const clusters = ctx.clusters.length ? ctx.clusters : await loadPlannedClusters(ctx.client);
    const { assessorId } = await ensureActors(ctx.client);
    const provinces = (await ctx.client.query<{ code: string }>(`SELECT code FROM province ORDER BY code`)).rows.map((p) => p.code);
    const providers = await insertProviders(ctx.client, provinces);
    const deliveries = await insertServices(ctx, clusters, providers, assessorId);
    const institutions = await insertProgrammes(ctx, provinces, clusters, assessorId);
    const loans = await insertDisbursements(ctx, clusters, institutions, assessorId);
    const repayments = await insertRepayments(ctx, assessorId);
    // Statistics for the planner now (VACUUM cannot run inside the generating transaction).
    await ctx.client.query(
      `ANALYZE diagnosis, diagnosis_score, stage_history, cluster, service_delivery, disbursement, repayment, map_allocation, financial_institution, cluster_outcome`,
    );
    return `${providers.length} BDS providers, ${deliveries.toLocaleString("en")} services, ${institutions.length} institutions, ${YEARS.length} MAP programmes, ${loans.toLocaleString("en")} disbursements, ${repayments.toLocaleString("en")} repayments`;
  },
  async remove(client) {
    const like = (k: string) => [`${ID_PREFIX}${k}-%`];
    await client.query(`DELETE FROM repayment WHERE "disbursementId" LIKE $1`, like("l"));
    await client.query(`DELETE FROM disbursement WHERE id LIKE $1`, like("l"));
    await client.query(`DELETE FROM map_allocation WHERE "channelId" LIKE $1`, like("m"));
    await client.query(`DELETE FROM map_channel WHERE id LIKE $1`, like("m"));
    await client.query(`DELETE FROM map_programme WHERE id LIKE $1`, like("m"));
    await client.query(`DELETE FROM financial_institution WHERE id LIKE $1`, like("f"));
    await client.query(`DELETE FROM service_delivery WHERE id LIKE $1`, like("v"));
    await client.query(`DELETE FROM bds_provider WHERE id LIKE $1`, like("p"));
  },
};

/** True when the database already holds the rows of the later steps (diagnoses, disbursements, yearly outcomes). */
export async function hasSupportData(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ d: boolean; l: boolean; o: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM diagnosis WHERE id LIKE $1) AS d, EXISTS (SELECT 1 FROM disbursement WHERE id LIKE $2) AS l,
            EXISTS (SELECT 1 FROM cluster_outcome WHERE id LIKE $3) AS o`,
    [`${ID_PREFIX}d-%`, `${ID_PREFIX}l-%`, `${ID_PREFIX}o-%`],
  );
  return Boolean(rows[0]?.d && rows[0]?.l && rows[0]?.o);
}

/**
 * The steps after the registry (diagnoses, financing, yearly outcomes) on their own, in
 * one transaction, against a database that holds the generated clusters and SMEs:
 * replaces earlier rows of these steps only (a set made before they existed).
 */
export async function generateSupportData(url: string, options: NationalOptions, log: (line: string) => void = console.log) {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL work_mem = '64MB'`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    const steps = [diagnosesStep, financingStep, outcomesStep];
    for (const step of [...steps].reverse()) await step.remove(client);
    const ctx: StepContext = { client, options, log, clusters: [] };
    for (const step of steps) {
      const t = performance.now();
      log(`${step.name}…`);
      log(`✓ ${await step.run(ctx)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }
    await client.query("COMMIT");
    await client.query(
      `VACUUM (ANALYZE) diagnosis, diagnosis_score, stage_history, cluster, service_delivery, disbursement, repayment, map_allocation, financial_institution, cluster_outcome`,
    );
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
