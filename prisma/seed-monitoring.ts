/**
 * Demo data for programme monitoring (docs/monitoring.md), on top of the base and
 * support seeds: three sentra designated for the year-two agenda, their agenda lines
 * in different states, and yearly outcomes, so that /agenda, the cluster page's
 * outcome chart and the dashboard's monitoring section show something at first start.
 *
 * - Batik Trusmi (Jawa Barat): KSP/USP line done, inside the sentra area, linked to
 *   the KSP/USP that lent to its SMEs (seed-support's loan l10, so the cluster page
 *   lists the SMEs it serves); outcomes 2023–2026, growing; an LKM loan in 2026 puts
 *   it on the "received support" side of the comparison.
 * - Perak Kotagede (DIY): KSP/USP line in progress, outside the area; SME
 *   organisation done; outcomes 2022–2025, growing; no support in that span.
 * - Gerabah Kasongan (DIY): nothing recorded yet (both lines "not started");
 *   outcomes 2022–2024, declining.
 *
 * Outside Jawa Tengah on purpose: tests/e2e/monitoring.spec.ts designates Jamu Nguter
 * and counts the province's sentra, and tests/e2e/registry.spec.ts designates Mebel
 * Jepara. Everything is recorded by the demo staff user. Idempotent: fixed ids and
 * upserts (outcomes by sentra and year, lines by sentra), rows written directly as
 * seed-support does.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { OutcomeSource } from "../lib/generated/prisma/enums";

type Db = PrismaClient;

export const MONITORING_DEMO_CLUSTERS = ["demo-batik-trusmi", "demo-perak-kotagede", "demo-gerabah-kasongan"] as const;

const DESIGNATION_REASONS: Record<(typeof MONITORING_DEMO_CLUSTERS)[number], string> = {
  "demo-batik-trusmi": "Batik tulis dengan pasar nasional yang luas; perlu layanan simpan pinjam di kawasan sentra.",
  "demo-perak-kotagede": "Kerajinan perak berorientasi ekspor; perajin sudah berhimpun, pembiayaan belum di dalam kawasan.",
  "demo-gerabah-kasongan": "Produksi menurun sejak 2022; sentra diprioritaskan untuk pendampingan tahun kedua.",
};

const B = 1_000_000_000n;
const M = 1_000_000n;

// [year, SMEs, workers, production value, export value, export share %, average SME turnover, source]
type OutcomeLine = [number, number, number, bigint, bigint | null, number | null, bigint | null, OutcomeSource];
const OUTCOMES: Record<(typeof MONITORING_DEMO_CLUSTERS)[number], OutcomeLine[]> = {
  "demo-batik-trusmi": [
    [2023, 182, 780, 43_500n * M, 4_100n * M, null, 239n * M, "SURVEY"],
    [2024, 188, 810, 46_800n * M, 4_600n * M, null, null, "BPS"],
    [2025, 193, 845, 49_900n * M, 5_000n * M, null, 258n * M, "SURVEY"],
    [2026, 197, 870, 52n * B, 5_200n * M, null, null, "ESTIMATE"],
  ],
  "demo-perak-kotagede": [
    [2022, 96, 395, 29_400n * M, null, 36, 306n * M, "SURVEY"],
    [2023, 99, 410, 31_200n * M, null, 38, null, "BPS"],
    [2024, 103, 432, 33_300n * M, null, 39, 323n * M, "SURVEY"],
    [2025, 106, 450, 35n * B, null, 40, null, "BPS"],
  ],
  "demo-gerabah-kasongan": [
    [2022, 171, 860, 31n * B, 11_800n * M, null, null, "BPS"],
    [2023, 165, 820, 29_200n * M, 10_500n * M, null, 177n * M, "SURVEY"],
    [2024, 158, 780, 27_500n * M, 9_600n * M, null, null, "ESTIMATE"],
  ],
};

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function seedDemoMonitoring(db: Db): Promise<{ designated: number; outcomes: number }> {
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staf@sentra.test" }, select: { id: true } });

  for (const clusterId of MONITORING_DEMO_CLUSTERS) {
    const id = `${clusterId}-designation`;
    const decision = {
      clusterId,
      isDesignated: true,
      reason: DESIGNATION_REASONS[clusterId],
      decidedById: staff.id,
      createdAt: date("2026-01-15"),
    };
    await db.designationDecision.upsert({ where: { id }, create: { id, ...decision }, update: decision });
    // Only a change bumps the version, as a decision would; a second run finds it designated.
    await db.cluster.updateMany({ where: { id: clusterId, isDesignated: false }, data: { isDesignated: true, version: { increment: 1 } } });
  }

  let outcomes = 0;
  for (const clusterId of MONITORING_DEMO_CLUSTERS) {
    for (const [year, smeCount, workerCount, productionValue, exportValue, exportSharePct, averageTurnover, source] of OUTCOMES[
      clusterId
    ]) {
      const data = { smeCount, workerCount, productionValue, exportValue, exportSharePct, averageTurnover, source, recordedById: staff.id };
      await db.clusterOutcome.upsert({
        where: { clusterId_year: { clusterId, year } },
        create: { clusterId, year, ...data },
        update: data,
      });
      outcomes++;
    }
  }

  // The KSP/USP that lent to Trusmi's SMEs (seed-support), and the first one registered in DIY.
  const trusmiLender = await db.disbursement.findUniqueOrThrow({ where: { id: "demo-disb-l10" }, select: { institutionId: true } });
  const yogyaKsp = await db.financialInstitution.findFirstOrThrow({
    where: { type: "KSP_USP", provinceCode: "34" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const savings = [
    {
      clusterId: "demo-batik-trusmi",
      status: "DONE" as const,
      statusDate: date("2025-11-20"),
      isInsideArea: true,
      institutionId: trusmiLender.institutionId,
      note: "KSP membuka kantor layanan di balai Sentra Batik Trusmi; anggota perajin menabung dan meminjam di sana.",
    },
    {
      clusterId: "demo-perak-kotagede",
      status: "IN_PROGRESS" as const,
      statusDate: date("2026-08-04"),
      isInsideArea: false,
      institutionId: yogyaKsp.id,
      note: "Penjajakan dengan KSP untuk membuka unit layanan di kawasan sentra; lokasi kantor kas masih dibahas.",
    },
  ];
  for (const s of savings) {
    const data = { ...s, recordedById: staff.id };
    await db.clusterSavingsService.upsert({ where: { clusterId: s.clusterId }, create: data, update: data });
  }

  const organisation = {
    clusterId: "demo-perak-kotagede",
    status: "DONE" as const,
    statusDate: date("2026-05-18"),
    name: "Paguyuban Perajin Perak Kotagede",
    legalForm: "Perkumpulan berbadan hukum",
    foundedOn: date("2009-03-12"),
    contactName: "Slamet Raharjo",
    contactPhone: "081227451190",
    note: "Akta perkumpulan dan pengesahan Kemenkumham tersedia di sekretariat paguyuban.",
    recordedById: staff.id,
  };
  await db.smeOrganisation.upsert({ where: { clusterId: organisation.clusterId }, create: organisation, update: organisation });

  return { designated: MONITORING_DEMO_CLUSTERS.length, outcomes };
}
