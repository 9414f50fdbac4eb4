/**
 * 15,000 clusters across all provinces, made in JavaScript (so `searchText` is the
 * real clusterSearchText()) and inserted in a few multi-row statements over arrays.
 */
import { clusterSearchText } from "../../../lib/search/normalize";
import { loadAreaTree, type AreaTree } from "./areas";
import { clusterId, DATASET_NOW, ID_PREFIX, type NationalStep, type PlannedCluster, type StepContext } from "./context";
import { intBetween, logNormal, pick, prng, weightedIndex, type Random } from "./random";
import { ACCENT_SWAPS, COMMODITIES, FAMILY_NAMES, FEMALE_FIRST, MALE_FIRST } from "./vocabulary";

// Java, Bali and a few provinces with long craft traditions hold more sentra.
const PROVINCE_WEIGHT: Record<string, number> = {
  "32": 3,
  "33": 4,
  "34": 3,
  "35": 4,
  "36": 2,
  "51": 2.5,
  "52": 1.5,
  "12": 1.5,
  "13": 1.5,
  "73": 1.5,
};
const NOTE = (seed: number) => `Data sintetis (generate-national, seed ${seed}).`;

interface ClusterRow extends PlannedCluster {
  name: string;
  kbliCode: string;
  regencyCode: string;
  districtCode: string;
  villageCode: string | null;
  productionVolume: bigint;
  productionUnit: string;
  productionValue: bigint;
  exportSharePct: number;
  localMaterialSharePct: number;
  contactName: string;
  contactPhone: string;
  bdsProviderId: string | null;
  isDesignated: boolean;
  currentStage: "SURVIVAL" | "ADVANCE" | "MATURE" | null;
  judgements: [number | null, number | null, number | null];
  createdAt: Date;
  updatedAt: Date;
  searchText: string;
}

/** The place in a cluster's name: a district, or the regency without "Kabupaten"/"Kota". */
function placeName(random: Random, regencyName: string, districtName: string): string {
  if (random() < 0.55) return districtName;
  return regencyName.replace(/^(Kabupaten|Kota) /, "");
}

function styledName(random: Random, label: string, place: string): string {
  const roll = random();
  if (roll < 0.03) {
    // An accented spelling of the place ("Kotagédé"): search must still find it.
    const swaps = ACCENT_SWAPS.filter(([plain]) => place.includes(plain));
    if (swaps.length) {
      const [plain, accented] = pick(random, swaps);
      return `Sentra ${label} ${place.replace(plain, accented)}`;
    }
  }
  if (roll < 0.04) return `SENTRA ${label.toUpperCase()} ${place.toUpperCase()}`;
  if (roll < 0.05) return `Sentra ${label.toUpperCase()} ${place}`;
  return `Sentra ${label} ${place}`;
}

/** Split `total` SMEs over clusters in proportion to `weights`, at least one each, summing exactly when total ≥ clusters. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map((x) => Math.max(1, Math.floor(x)));
  let diff = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; diff > 0; k = (k + 1) % order.length, diff--) counts[order[k]!.i]! += 1;
  // Taking back (only when the minimum of one pushed the sum over): from the largest,
  // never below one; with fewer SMEs than clusters the sum stays at one each.
  const largest = counts.map((c, i) => ({ c, i })).sort((a, b) => b.c - a.c || a.i - b.i);
  while (diff < 0) {
    let taken = false;
    for (const { i } of largest) {
      if (diff === 0) break;
      if (counts[i]! > 1) {
        counts[i]! -= 1;
        diff++;
        taken = true;
      }
    }
    if (!taken) break;
  }
  return counts;
}

function planClusters(areas: AreaTree, options: { seed: number; clusters: number; smes: number }, providerIds: string[]): ClusterRow[] {
  const random = prng(options.seed);
  const regencyWeights = areas.regencies.map((r) => PROVINCE_WEIGHT[r.provinceCode] ?? 1);
  const commodityWeights = COMMODITIES.map((c) => c.weight);
  const start = Date.parse("2021-01-01T00:00:00Z");
  const end = Date.parse(DATASET_NOW);
  const rows: ClusterRow[] = [];
  for (let i = 0; i < options.clusters; i++) {
    // The first clusters take one province each, so every province has some.
    const province = i < areas.provinces.length ? areas.provinces[i]!.code : undefined;
    const candidates = province ? areas.regencies.filter((r) => r.provinceCode === province) : undefined;
    const regency = candidates?.length ? pick(random, candidates) : areas.regencies[weightedIndex(random, regencyWeights)]!;
    const district = pick(random, regency.districts);
    const village = district.villages.length && random() < 0.6 ? pick(random, district.villages) : null;
    const c = COMMODITIES[weightedIndex(random, commodityWeights)]!;
    const name = styledName(random, c.label, placeName(random, regency.name, district.name));
    const workerCount = logNormal(random, 120, 0.9, 10, 6000);
    const productionValue = BigInt(Math.round((workerCount * c.valuePerWorker * (0.5 + random() * 1.1)) / 1000) * 1000);
    const female = random() < 0.5;
    const contactName = `${pick(random, female ? FEMALE_FIRST : MALE_FIRST)} ${pick(random, FAMILY_NAMES)}`;
    const createdAt = new Date(start + random() * (end - start) * 0.8);
    const stageRoll = random();
    const judged = random() < 0.4;
    // Drawn whether or not providers exist, so a seed gives the same rows everywhere.
    const providerRoll = random();
    const provider = providerIds[Math.floor(random() * providerIds.length)] ?? null;
    rows.push({
      id: clusterId(i),
      name,
      commodity: c.commodity,
      smeWord: c.smeWord,
      kbliCode: c.kbli,
      provinceCode: regency.provinceCode,
      regencyCode: regency.code,
      districtCode: district.code,
      villageCode: village?.code ?? null,
      yearEstablished: Math.min(2023, 1900 + Math.floor(Math.pow(random(), 0.6) * 124)),
      workerCount,
      productionVolume: BigInt(Math.max(1, Math.round(workerCount * (50 + random() * 950)))),
      productionUnit: c.unit,
      productionValue,
      exportSharePct: c.exportMax === 0 || random() < 0.45 ? 0 : intBetween(random, 1, c.exportMax),
      localMaterialSharePct: intBetween(random, 20, 100),
      contactName,
      contactPhone: `08${intBetween(random, 1_100_000_000, 1_999_999_999)}`,
      bdsProviderId: providerRoll < 0.25 ? provider : null,
      isActive: random() >= 0.02,
      isDesignated: random() < 0.08,
      currentStage: stageRoll < 0.35 ? null : stageRoll < 0.7 ? "SURVIVAL" : stageRoll < 0.9 ? "ADVANCE" : "MATURE",
      judgements: judged ? [intBetween(random, 1, 5), intBetween(random, 1, 5), intBetween(random, 1, 5)] : [null, null, null],
      createdAt,
      updatedAt: new Date(createdAt.getTime() + random() * (end - createdAt.getTime())),
      searchText: clusterSearchText({ name, commodity: c.commodity }),
      smeCount: 0,
    });
  }
  // Bigger clusters have more enterprises (3 to 8 workers each, on average).
  const counts = apportion(
    options.smes,
    rows.map((r) => r.workerCount / (3 + random() * 5)),
  );
  rows.forEach((r, i) => (r.smeCount = counts[i]!));
  return rows;
}

async function insertClusters(ctx: StepContext, rows: ClusterRow[]) {
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const col = <T>(f: (r: ClusterRow) => T) => chunk.map(f);
    await ctx.client.query(
      `INSERT INTO cluster (id, name, commodity, "kbliCode", "provinceCode", "regencyCode", "districtCode", "villageCode",
         "yearEstablished", "workerCount", "productionVolume", "productionUnit", "productionValue", "exportSharePct",
         "localMaterialSharePct", "contactName", "contactPhone", "bdsProviderId", notes, status, "archivedAt", "isDesignated",
         "currentStage", "judgementMarket", "judgementEmployment", "judgementLocal", "searchText", "createdAt", "updatedAt")
       SELECT id, name, commodity, kbli, province, regency, district, village, year, workers, volume, unit, value, export,
              local, contact, phone, provider, $19, CASE WHEN active THEN 'ACTIVE' ELSE 'ARCHIVED' END::"ClusterStatus",
              CASE WHEN active THEN NULL ELSE updated END, designated, stage::"Stage", jm, je, jl, search, created, updated
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::int[], $10::int[], $11::bigint[], $12::text[], $13::bigint[], $14::int[], $15::int[], $16::text[],
                   $17::text[], $18::text[], $20::bool[], $21::bool[], $22::text[], $23::int[], $24::int[], $25::int[],
                   $26::text[], $27::timestamptz[], $28::timestamptz[])
         AS t(id, name, commodity, kbli, province, regency, district, village, year, workers, volume, unit, value, export,
              local, contact, phone, provider, active, designated, stage, jm, je, jl, search, created, updated)`,
      [
        col((r) => r.id),
        col((r) => r.name),
        col((r) => r.commodity),
        col((r) => r.kbliCode),
        col((r) => r.provinceCode),
        col((r) => r.regencyCode),
        col((r) => r.districtCode),
        col((r) => r.villageCode),
        col((r) => r.yearEstablished),
        col((r) => r.workerCount),
        col((r) => r.productionVolume.toString()),
        col((r) => r.productionUnit),
        col((r) => r.productionValue.toString()),
        col((r) => r.exportSharePct),
        col((r) => r.localMaterialSharePct),
        col((r) => r.contactName),
        col((r) => r.contactPhone),
        col((r) => r.bdsProviderId),
        NOTE(ctx.options.seed),
        col((r) => r.isActive),
        col((r) => r.isDesignated),
        col((r) => r.currentStage),
        col((r) => r.judgements[0]),
        col((r) => r.judgements[1]),
        col((r) => r.judgements[2]),
        col((r) => r.searchText),
        col((r) => r.createdAt),
        col((r) => r.updatedAt),
      ],
    );
  }
}

export const clustersStep: NationalStep = {
  name: "clusters",
  async run(ctx) {
    const areas = await loadAreaTree(ctx.client);
    const providers = (await ctx.client.query<{ id: string }>(`SELECT id FROM bds_provider ORDER BY id`)).rows.map((r) => r.id);
    const rows = planClusters(areas, ctx.options, providers);
    await insertClusters(ctx, rows);
    ctx.clusters = rows.map((r) => ({
      id: r.id,
      provinceCode: r.provinceCode,
      commodity: r.commodity,
      smeWord: r.smeWord,
      yearEstablished: r.yearEstablished,
      workerCount: r.workerCount,
      smeCount: r.smeCount,
      isActive: r.isActive,
    }));
    const provinces = new Set(rows.map((r) => r.provinceCode)).size;
    return `${rows.length.toLocaleString("en")} clusters in ${provinces} provinces`;
  },
  async remove(client) {
    await client.query(`DELETE FROM cluster WHERE id LIKE $1`, [`${ID_PREFIX}c-%`]);
  },
};
