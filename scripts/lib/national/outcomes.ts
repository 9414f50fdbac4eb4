/**
 * Yearly outcomes 2019–2026 for every active generated sentra (docs/monitoring.md), so
 * the cluster pages, the agenda summary and its benchmark have series to aggregate.
 * Plausible: a baseline from the cluster's own size, then yearly growth around +4 %
 * with spread, a COVID dip in 2020 for most, and about one sentra in six declining.
 */
import { ID_PREFIX, type NationalStep } from "./context";
import { ensureActors, loadPlannedClusters } from "./diagnoses";
import { prng } from "./random";

const FIRST_YEAR = 2019;
const LAST_YEAR = 2026;
const SOURCES = ["SURVEY", "BPS", "ESTIMATE"] as const;

export const outcomesStep: NationalStep = {
  name: "yearly outcomes",
  async run(ctx) {
    const clusters = (ctx.clusters.length ? ctx.clusters : await loadPlannedClusters(ctx.client)).filter((c) => c.isActive);
    const { assessorId } = await ensureActors(ctx.client);
    const random = prng(ctx.options.seed + 14);
    const cols = {
      id: [] as string[],
      clusterId: [] as string[],
      year: [] as number[],
      smeCount: [] as number[],
      workerCount: [] as number[],
      productionValue: [] as string[],
      exportValue: [] as Array<string | null>,
      averageTurnover: [] as Array<string | null>,
      source: [] as string[],
    };
    let n = 0;
    for (const c of clusters) {
      const declining = random() < 0.16;
      const trend = declining ? -0.03 - random() * 0.04 : 0.02 + random() * 0.06;
      const exportShare = random() < 0.3 ? 0.05 + random() * 0.3 : 0;
      let smes = Math.max(3, Math.round(c.smeCount * (0.8 + random() * 0.1)));
      let workers = Math.max(smes, Math.round(c.workerCount * (0.8 + random() * 0.1)));
      // Rp 40–400 million per worker and year.
      let value = workers * (40_000_000 + Math.floor(random() * 360_000_000));
      const source = SOURCES[Math.floor(random() * SOURCES.length)]!;
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        if (year > FIRST_YEAR) {
          const shock = year === 2020 && random() < 0.7 ? -0.12 : 0;
          const g = trend + shock + (random() - 0.5) * 0.06;
          value = Math.max(1_000_000, Math.round(value * (1 + g)));
          workers = Math.max(1, Math.round(workers * (1 + g * 0.6)));
          smes = Math.max(1, Math.round(smes * (1 + g * 0.4)));
        }
        cols.id.push(`${ID_PREFIX}o-${String(++n).padStart(7, "0")}`);
        cols.clusterId.push(c.id);
        cols.year.push(year);
        cols.smeCount.push(smes);
        cols.workerCount.push(workers);
        cols.productionValue.push(String(value));
        cols.exportValue.push(exportShare ? String(Math.round(value * exportShare)) : null);
        cols.averageTurnover.push(random() < 0.5 ? String(Math.round(value / smes)) : null);
        cols.source.push(source);
      }
    }
    await ctx.client.query(
      `INSERT INTO cluster_outcome (id, "clusterId", year, "smeCount", "workerCount", "productionValue", "exportValue",
                                    "averageTurnover", source, "recordedById", "createdAt", "updatedAt")
       SELECT id, cid, y, s, w, pv, ev, at, src::"OutcomeSource", $10, timestamptz '2026-06-30', timestamptz '2026-06-30'
         FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[], $9::text[])
           AS t(id, cid, y, s, w, pv, ev, at, src)`,
      [
        cols.id,
        cols.clusterId,
        cols.year,
        cols.smeCount,
        cols.workerCount,
        cols.productionValue,
        cols.exportValue,
        cols.averageTurnover,
        cols.source,
        assessorId,
      ],
    );
    return `${n} yearly outcomes (${FIRST_YEAR}–${LAST_YEAR}) for ${clusters.length} clusters`;
  },
  async remove(client) {
    await client.query(`DELETE FROM cluster_outcome WHERE id LIKE $1 OR "clusterId" LIKE $2`, [`${ID_PREFIX}o-%`, `${ID_PREFIX}c-%`]);
  },
};
