/**
 * The demo consultant (konsultan@sentra.test, when the account exists) reviews about
 * forty generated clusters, chosen in the provinces of the demo provider (Central
 * Java, then Yogyakarta, East Java), so consultant-scoped pages see a realistic load.
 */
import { ID_PREFIX, type NationalStep } from "./context";

const DEMO_CONSULTANT_EMAIL = "konsultan@sentra.test";
const PROVINCES = ["33", "34", "35"];

export const assignmentsStep: NationalStep = {
  name: "consultant assignments",
  async run(ctx) {
    const { rows } = await ctx.client.query<{ id: string }>(`SELECT id FROM "user" WHERE email = $1 AND role = 'CONSULTANT'`, [
      DEMO_CONSULTANT_EMAIL,
    ]);
    const consultant = rows[0];
    if (!consultant) return `none (${DEMO_CONSULTANT_EMAIL} does not exist here)`;
    const admin = (await ctx.client.query<{ id: string }>(`SELECT id FROM "user" WHERE email = 'admin@sentra.test'`)).rows[0];
    const ranked = ctx.clusters
      .filter((c) => c.isActive && PROVINCES.includes(c.provinceCode))
      .sort((a, b) => PROVINCES.indexOf(a.provinceCode) - PROVINCES.indexOf(b.provinceCode) || a.id.localeCompare(b.id));
    // Every n-th, so the choice spreads over regencies and commodities.
    const step = Math.max(1, Math.floor(ranked.length / Math.max(1, ctx.options.consultantClusters)));
    const chosen = ranked.filter((_, i) => i % step === 0).slice(0, ctx.options.consultantClusters);
    await ctx.client.query(
      `INSERT INTO consultant_assignment (id, "clusterId", "consultantId", "assignedById", "createdAt", "updatedAt")
       SELECT '${ID_PREFIX}a-' || lpad(ord::text, 4, '0'), cluster_id, $2, $3, timestamptz '2025-01-06', timestamptz '2025-01-06'
       FROM unnest($1::text[]) WITH ORDINALITY AS t(cluster_id, ord)
       ON CONFLICT ("consultantId", "clusterId") DO NOTHING`,
      [chosen.map((c) => c.id), consultant.id, admin?.id ?? null],
    );
    return `${chosen.length} clusters assigned to ${DEMO_CONSULTANT_EMAIL}`;
  },
  async remove(client) {
    await client.query(`DELETE FROM consultant_assignment WHERE id LIKE $1 OR "clusterId" LIKE $2`, [`${ID_PREFIX}a-%`, `${ID_PREFIX}c-%`]);
  },
};
