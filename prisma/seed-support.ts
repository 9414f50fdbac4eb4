/**
 * Demo data for BDS providers and MAP financing, on top of the base demo seed
 * (areas, the two providers, the demo clusters, SMEs and accounts).
 *
 * - The 2001 MAP programme of the source, exactly: "Perkuatan Permodalan 2001",
 *   Rp 39.6 billion in five channels (DOMAIN.md §5): 100 LKM in 30 provinces at
 *   Rp 50 million each, 113 KSP/USP in 30 provinces at Rp 200 million each, the
 *   guarantee scheme with Perum Sarana Pengembangan Usaha in 4 provinces
 *   (Rp 5 billion), venture capital in 5 provinces (Rp 5 billion), incubators in
 *   3 provinces (Rp 2 billion). Institution names are invented but plausible.
 * - Disbursements to demo SMEs with repayments (some overdue, some current).
 * - The two demo providers' services, accreditation, network, 2001 agreements
 *   covering their centres, service deliveries, and a few planned actions.
 *
 * Idempotent: every record has a fixed id and is upserted. Writes rows directly
 * (the domain verbs are server-only); the money rules hold by construction and
 * are checked by tests/integration/financing.test.ts.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { BdsService, FinancingChannel } from "../lib/generated/prisma/enums";
import { DEMO_CLUSTERS, DEMO_PROVIDERS } from "./demo-data";

type Db = PrismaClient;

export const DEMO_PROGRAMME_ID = "demo-map-2001";
export const DEMO_PROGRAMME = { name: "Perkuatan Permodalan 2001", year: 2001, budget: 39_600_000_000n } as const;

/** Indonesia's 30 provinces of 2001 (codes of the `province` table). */
export const PROVINCES_2001 = [
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "71",
  "72",
  "73",
  "74",
  "75",
  "81",
  "82",
  "91",
] as const;

interface ChannelPlan {
  channel: FinancingChannel;
  ceiling: bigint;
  standardAmount: bigint | null;
  plannedInstitutions: number | null;
  plannedProvinces: number;
  /** One entry per institution: province, name and amount. */
  institutions: (regencies: Map<string, string[]>) => Array<{ province: string; name: string; amount: bigint; place?: string }>;
}

const M = 1_000_000n;

function spread(count: number, prefixes: string[], amount: bigint) {
  // count institutions over the 30 provinces: every province gets count/30, the first count%30 one more.
  return (regencies: Map<string, string[]>) => {
    const out: Array<{ province: string; name: string; amount: bigint; place: string }> = [];
    const base = Math.floor(count / PROVINCES_2001.length);
    const extra = count % PROVINCES_2001.length;
    PROVINCES_2001.forEach((province, p) => {
      const places = regencies.get(province) ?? [];
      const n = base + (p < extra ? 1 : 0);
      for (let i = 0; i < n; i++) {
        const place = places[i % places.length] ?? province;
        out.push({ province, name: `${prefixes[(p + i) % prefixes.length]} ${place}`, amount, place });
      }
    });
    return out;
  };
}

export const CHANNEL_PLANS: ChannelPlan[] = [
  {
    channel: "LKM",
    ceiling: 5_000n * M,
    standardAmount: 50n * M,
    plannedInstitutions: 100,
    plannedProvinces: 30,
    institutions: spread(100, ["LKM Bina Swadaya", "BMT Mitra Umat", "LKM Artha Sejahtera", "BMT Al-Ikhlas"], 50n * M),
  },
  {
    channel: "KSP_USP",
    ceiling: 22_600n * M,
    standardAmount: 200n * M,
    plannedInstitutions: 113,
    plannedProvinces: 30,
    institutions: spread(113, ["KSP Sejahtera Bersama", "KSP Karya Usaha", "USP KSU Maju Bersama", "KSP Mitra Sentra"], 200n * M),
  },
  {
    channel: "GUARANTEE",
    ceiling: 5_000n * M,
    standardAmount: null,
    plannedInstitutions: null,
    plannedProvinces: 4,
    institutions: () =>
      [
        ["31", "Jakarta"],
        ["32", "Bandung"],
        ["33", "Semarang"],
        ["35", "Surabaya"],
      ].map(([province, city]) => ({
        province: province!,
        name: `Pola Penjaminan Perum Sarana Pengembangan Usaha Cabang ${city}`,
        amount: 1_250n * M,
      })),
  },
  {
    channel: "VENTURE_CAPITAL",
    ceiling: 5_000n * M,
    standardAmount: null,
    plannedInstitutions: null,
    plannedProvinces: 5,
    institutions: () =>
      [
        ["31", "PT Sarana Jakarta Ventura"],
        ["32", "PT Sarana Jabar Ventura"],
        ["33", "PT Sarana Jateng Ventura"],
        ["35", "PT Sarana Jatim Ventura"],
        ["73", "PT Sarana Sulsel Ventura"],
      ].map(([province, name]) => ({ province: province!, name: name!, amount: 1_000n * M })),
  },
  {
    channel: "INCUBATOR",
    ceiling: 2_000n * M,
    standardAmount: null,
    plannedInstitutions: null,
    plannedProvinces: 3,
    institutions: () => [
      { province: "32", name: "Inkubator Bisnis UKM Bandung", amount: 700n * M },
      { province: "33", name: "Inkubator Bisnis UKM Surakarta", amount: 700n * M },
      { province: "34", name: "Inkubator Bisnis Teknologi Yogyakarta", amount: 600n * M },
    ],
  },
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const date = (s: string) => new Date(`${s}T00:00:00Z`);
const shortPlace = (regency: string) => regency.replace(/^(Kabupaten|Kota) /, "");

function addMonths(start: Date, months: number): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay)));
}

// The providers' profiles (services of the source's list of ten, accreditation, network).
const PROVIDER_PROFILES: Record<
  (typeof DEMO_PROVIDERS)[number]["key"],
  {
    services: BdsService[];
    accreditationStatus: "NONE" | "IN_PROGRESS" | "ACCREDITED";
    accreditationBody: string | null;
    networkName: string | null;
    contactEmail: string;
  }
> = {
  "mitra-usaha": {
    services: [
      "INFORMATION",
      "CONSULTATION",
      "TRAINING",
      "MENTORING",
      "MARKET_ACCESS",
      "CAPITAL_ACCESS",
      "ORGANISATION_MANAGEMENT",
      "BUSINESS_PROPOSAL",
    ],
    accreditationStatus: "ACCREDITED",
    accreditationBody: "Jaringan konsultan internasional (akreditasi 2002)",
    networkName: "Forum Jaringan LPB Jawa Tengah",
    contactEmail: "lpb.mitrausaha@contoh.id",
  },
  "cipta-karya": {
    services: ["INFORMATION", "TRAINING", "BUSINESS_CONTACT", "MARKET_ACCESS", "TECHNOLOGY", "BUSINESS_PROPOSAL"],
    accreditationStatus: "IN_PROGRESS",
    accreditationBody: "Jaringan konsultan internasional",
    networkName: "Forum Jaringan LPB Jawa Barat",
    contactEmail: "bds.ciptakarya@contoh.id",
  },
};

// Service deliveries: [provider index, cluster key, service, date, participants, fee (Rp million), later financing (Rp million) | null, SMEs named].
const DELIVERIES: Array<[0 | 1, string, BdsService, string, number, number, number | null, number]> = [
  [0, "batik-laweyan", "INFORMATION", "2001-05-14", 24, 3, null, 0],
  [0, "batik-laweyan", "TRAINING", "2001-07-02", 18, 12, null, 4],
  [0, "batik-laweyan", "CAPITAL_ACCESS", "2001-10-20", 9, 8, 450, 3],
  [0, "mebel-jepara", "CONSULTATION", "2001-06-11", 12, 15, null, 2],
  [0, "mebel-jepara", "MARKET_ACCESS", "2002-02-18", 15, 25, null, 3],
  [0, "mebel-jepara", "BUSINESS_PROPOSAL", "2002-05-06", 6, 10, 600, 2],
  [0, "rotan-trangsan", "MENTORING", "2001-08-27", 20, 18, null, 3],
  [0, "rotan-trangsan", "ORGANISATION_MANAGEMENT", "2002-03-12", 30, 14, null, 0],
  [0, "perak-kotagede", "TRAINING", "2001-09-17", 16, 9, null, 2],
  [0, "perak-kotagede", "CAPITAL_ACCESS", "2002-06-24", 8, 6, 320, 2],
  [0, "gerabah-kasongan", "INFORMATION", "2002-01-21", 35, 2, null, 0],
  [0, "gerabah-kasongan", "MARKET_ACCESS", "2025-03-10", 14, 22, null, 3],
  [0, "batik-laweyan", "MARKET_ACCESS", "2025-02-17", 11, 20, null, 2],
  [0, "batik-pekalongan", "TRAINING", "2025-06-09", 22, 16, null, 0],
  [1, "batik-trusmi", "TRAINING", "2001-06-25", 20, 10, null, 3],
  [1, "batik-trusmi", "BUSINESS_CONTACT", "2001-11-05", 10, 12, null, 2],
  [1, "sepatu-cibaduyut", "TECHNOLOGY", "2001-09-03", 14, 30, null, 3],
  [1, "sepatu-cibaduyut", "MARKET_ACCESS", "2002-04-15", 18, 24, 750, 3],
  [1, "bordir-tasik", "INFORMATION", "2001-07-30", 40, 3, null, 0],
  [1, "bordir-tasik", "BUSINESS_PROPOSAL", "2002-02-11", 7, 9, 280, 2],
  [1, "dodol-garut", "TRAINING", "2025-05-19", 16, 11, null, 2],
];

// Disbursements: [key, channel, SME (cluster key, number), amount (Rp million), date, term months, purpose, repayments [date, Rp million]].
// The lender is the channel's institution serving that sentra, else the first in its province.
type Loan = [string, FinancingChannel, string, number, number, string, number, string, Array<[string, number]>];
const LOANS: Loan[] = [
  [
    "l01",
    "KSP_USP",
    "batik-laweyan",
    1,
    40,
    "2001-09-10",
    12,
    "Pembelian kain mori dan malam",
    [
      ["2002-03-10", 20],
      ["2002-09-05", 20],
    ],
  ],
  ["l02", "KSP_USP", "batik-laweyan", 2, 25, "2001-10-01", 12, "Modal kerja pewarnaan", [["2002-04-01", 10]]],
  ["l03", "LKM", "batik-laweyan", 3, 10, "2001-11-15", 12, "Modal kerja canting dan malam", [["2002-11-10", 10]]],
  [
    "l04",
    "KSP_USP",
    "mebel-jepara",
    1,
    60,
    "2001-08-20",
    18,
    "Pembelian kayu jati",
    [
      ["2002-08-20", 30],
      ["2003-02-20", 30],
    ],
  ],
  ["l05", "KSP_USP", "mebel-jepara", 2, 50, "2001-09-03", 18, "Mesin amplas dan finishing", [["2002-09-01", 15]]],
  ["l06", "LKM", "mebel-jepara", 4, 12, "2001-12-03", 12, "Modal kerja ukir", []],
  ["l07", "KSP_USP", "rotan-trangsan", 1, 75, "2001-10-22", 24, "Bahan baku rotan untuk pesanan ekspor", [["2003-10-20", 75]]],
  ["l08", "LKM", "perak-kotagede", 1, 15, "2001-09-24", 12, "Bahan perak", [["2002-09-20", 15]]],
  ["l09", "LKM", "gerabah-kasongan", 2, 8, "2002-01-14", 12, "Tungku pembakaran", [["2002-07-14", 3]]],
  ["l10", "KSP_USP", "batik-trusmi", 1, 45, "2001-11-12", 12, "Modal kerja batik tulis", [["2002-11-10", 45]]],
  ["l11", "KSP_USP", "sepatu-cibaduyut", 2, 80, "2001-10-08", 18, "Kulit dan sol sepatu", [["2002-10-08", 40]]],
  ["l12", "LKM", "bordir-tasik", 1, 10, "2002-02-25", 12, "Mesin bordir", [["2003-02-20", 10]]],
  [
    "l13",
    "VENTURE_CAPITAL",
    "mebel-jepara",
    3,
    250,
    "2002-03-01",
    36,
    "Penyertaan modal ventura: ruang pamer ekspor",
    [
      ["2003-03-01", 80],
      ["2004-03-01", 80],
      ["2005-03-01", 90],
    ],
  ],
  ["l14", "INCUBATOR", "jamu-nguter", 1, 35, "2002-04-15", 24, "Sertifikasi produk dan kemasan", [["2003-04-15", 15]]],
  ["l15", "KSP_USP", "batik-laweyan", 4, 30, "2025-09-01", 24, "Modal kerja pesanan batik tulis", [["2026-03-01", 7]]],
  ["l16", "KSP_USP", "mebel-jepara", 5, 45, "2025-10-06", 24, "Pengering kayu (kiln)", [["2026-04-06", 10]]],
  ["l17", "LKM", "batik-trusmi", 3, 10, "2026-01-12", 12, "Modal kerja pewarna alam", []],
];

/**
 * The places of each province, those hosting a demo cluster first (in the order of
 * DEMO_CLUSTERS), so that their LKM and KSP/USP can serve those sentra.
 */
async function placesByProvince(db: Db) {
  const regencies = await db.regency.findMany({
    where: { provinceCode: { in: [...PROVINCES_2001] } },
    orderBy: { code: "asc" },
    select: { name: true, provinceCode: true },
  });
  const hostOrder = [...new Set(DEMO_CLUSTERS.map((c) => c.regency))];
  const rank = (name: string) => (hostOrder.includes(name) ? hostOrder.indexOf(name) : hostOrder.length);
  const ordered = new Map<string, string[]>();
  const fullNames = new Map<string, string>();
  const provinceOf = new Map<string, string>();
  for (const code of PROVINCES_2001) {
    const list = regencies.filter((r) => r.provinceCode === code).sort((a, b) => rank(a.name) - rank(b.name));
    ordered.set(
      code,
      list.map((r) => shortPlace(r.name)),
    );
    for (const r of list) {
      if (!fullNames.has(`${code}:${shortPlace(r.name)}`)) fullNames.set(`${code}:${shortPlace(r.name)}`, r.name);
      provinceOf.set(r.name, code);
    }
  }
  return { ordered, fullNames, provinceOf };
}

export async function seedDemoSupport(
  db: Db,
): Promise<{ institutions: number; allocations: number; disbursements: number; deliveries: number }> {
  const staff = await db.user.findUniqueOrThrow({ where: { email: "staf@sentra.test" }, select: { id: true } });
  const consultants = [
    await db.user.findUniqueOrThrow({ where: { email: "konsultan@sentra.test" }, select: { id: true } }),
    await db.user.findUniqueOrThrow({ where: { email: "konsultan2@sentra.test" }, select: { id: true } }),
  ];
  const clusterByRegency = new Map<string, string>();
  for (const c of DEMO_CLUSTERS) if (!clusterByRegency.has(c.regency)) clusterByRegency.set(c.regency, `demo-${c.key}`);
  const { ordered, fullNames, provinceOf } = await placesByProvince(db);

  // Providers' profiles.
  for (const p of DEMO_PROVIDERS) {
    await db.bdsProvider.update({ where: { id: `demo-${p.key}` }, data: PROVIDER_PROFILES[p.key] });
  }

  // The programme, its channels, institutions and allocations.
  await db.mapProgramme.upsert({
    where: { id: DEMO_PROGRAMME_ID },
    create: { id: DEMO_PROGRAMME_ID, ...DEMO_PROGRAMME },
    update: DEMO_PROGRAMME,
  });
  const institutionIds = new Map<string, string>(); // `${channel}:${province}:${index}` -> id
  const servingInstitution = new Map<string, string>(); // `${channel}:${clusterId}` -> id
  let allocations = 0;
  for (const plan of CHANNEL_PLANS) {
    const channelId = `${DEMO_PROGRAMME_ID}-${slug(plan.channel)}`;
    const channelData = {
      ceiling: plan.ceiling,
      standardAmount: plan.standardAmount,
      plannedInstitutions: plan.plannedInstitutions,
      plannedProvinces: plan.plannedProvinces,
    };
    await db.mapChannel.upsert({
      where: { id: channelId },
      create: { id: channelId, programmeId: DEMO_PROGRAMME_ID, channel: plan.channel, ...channelData },
      update: channelData,
    });
    const perProvince = new Map<string, number>();
    for (const inst of plan.institutions(ordered)) {
      const index = perProvince.get(inst.province) ?? 0;
      perProvince.set(inst.province, index + 1);
      const id = `demo-fi-${slug(plan.channel)}-${inst.province}-${index + 1}`;
      // An LKM or KSP/USP in a place hosting a demo sentra serves that sentra.
      const regencyName = inst.place ? fullNames.get(`${inst.province}:${inst.place}`) : undefined;
      const clusterId = regencyName ? (clusterByRegency.get(regencyName) ?? null) : null;
      const data = { type: plan.channel, name: inst.name, provinceCode: inst.province, clusterId };
      await db.financialInstitution.upsert({ where: { id }, create: { id, ...data }, update: data });
      institutionIds.set(`${plan.channel}:${inst.province}:${index}`, id);
      if (clusterId && !servingInstitution.has(`${plan.channel}:${clusterId}`)) servingInstitution.set(`${plan.channel}:${clusterId}`, id);
      const allocationId = `${id}-alloc-2001`;
      const allocation = { channelId, institutionId: id, amount: inst.amount, allocatedOn: date("2001-07-02"), recordedById: staff.id };
      await db.mapAllocation.upsert({ where: { id: allocationId }, create: { id: allocationId, ...allocation }, update: allocation });
      allocations++;
    }
  }

  // Disbursements and repayments.
  for (const [key, channel, clusterKey, smeNo, amountM, on, term, purpose, repayments] of LOANS) {
    const province = provinceOf.get(DEMO_CLUSTERS.find((c) => c.key === clusterKey)?.regency ?? "");
    const institutionId = servingInstitution.get(`${channel}:demo-${clusterKey}`) ?? institutionIds.get(`${channel}:${province}:0`);
    if (!institutionId) throw new Error(`seed-support: no ${channel} institution for ${clusterKey}`);
    const id = `demo-disb-${key}`;
    const disbursedOn = date(on);
    const data = {
      institutionId,
      smeId: `demo-${clusterKey}-sme-${smeNo}`,
      amount: BigInt(amountM) * M,
      disbursedOn,
      purpose,
      termMonths: term,
      dueOn: addMonths(disbursedOn, term),
      recordedById: staff.id,
    };
    await db.disbursement.upsert({ where: { id }, create: { id, ...data }, update: data });
    for (const [i, [paidOn, paidM]] of repayments.entries()) {
      const rid = `${id}-r${i + 1}`;
      const r = { disbursementId: id, amount: BigInt(paidM) * M, paidOn: date(paidOn), recordedById: staff.id };
      await db.repayment.upsert({ where: { id: rid }, create: { id: rid, ...r }, update: r });
    }
  }

  // Agreements of 2001 covering each provider's centres.
  for (const [index, p] of DEMO_PROVIDERS.entries()) {
    const agreementId = `demo-agreement-${p.key}-2001`;
    const data = {
      providerId: `demo-${p.key}`,
      year: 2001,
      number: `PKS-${String(index + 1).padStart(3, "0")}/DEP.KUKM/2001`,
      signedOn: date("2001-03-15"),
      sponsorName: p.key === "mitra-usaha" ? "PT Suwastama (Surakarta)" : null,
      notes: p.key === "mitra-usaha" ? "Termasuk pengembangan usaha kecil subkontraktor PT Suwastama." : null,
    };
    await db.bdsAgreement.upsert({ where: { id: agreementId }, create: { id: agreementId, ...data }, update: data });
    for (const c of DEMO_CLUSTERS.filter((c) => c.provider === index)) {
      await db.bdsAgreementCluster.upsert({
        where: { agreementId_clusterId: { agreementId, clusterId: `demo-${c.key}` } },
        create: { agreementId, clusterId: `demo-${c.key}` },
        update: {},
      });
    }
  }

  // Service deliveries.
  for (const [i, [provider, clusterKey, service, on, participants, feeM, laterM, named]] of DELIVERIES.entries()) {
    const id = `demo-delivery-${String(i + 1).padStart(2, "0")}`;
    const data = {
      providerId: `demo-${DEMO_PROVIDERS[provider].key}`,
      clusterId: `demo-${clusterKey}`,
      service,
      deliveredOn: date(on),
      participantCount: participants,
      feeAmount: BigInt(feeM) * M,
      laterFinancing: laterM == null ? null : BigInt(laterM) * M,
      recordedById: consultants[provider]!.id,
    };
    await db.serviceDelivery.upsert({ where: { id }, create: { id, ...data }, update: data });
    for (let s = 1; s <= named; s++) {
      await db.serviceDeliverySme.upsert({
        where: { deliveryId_smeId: { deliveryId: id, smeId: `demo-${clusterKey}-sme-${s}` } },
        create: { deliveryId: id, smeId: `demo-${clusterKey}-sme-${s}` },
        update: {},
      });
    }
  }

  // Planned actions for Batik Laweyan: two done (matched), one still open.
  const planned = [
    {
      id: "demo-plan-laweyan-market",
      kind: "SERVICE" as const,
      service: "MARKET_ACCESS" as const,
      channel: null,
      providerId: "demo-mitra-usaha",
      createdAt: date("2025-01-20"),
      status: "DONE" as const,
      matchedDeliveryId: "demo-delivery-13",
      matchedDisbursementId: null,
    },
    {
      id: "demo-plan-laweyan-ksp",
      kind: "FINANCING" as const,
      service: null,
      channel: "KSP_USP" as const,
      providerId: null,
      createdAt: date("2025-01-20"),
      status: "DONE" as const,
      matchedDeliveryId: null,
      matchedDisbursementId: "demo-disb-l15",
    },
    {
      id: "demo-plan-laweyan-tech",
      kind: "SERVICE" as const,
      service: "TECHNOLOGY" as const,
      channel: null,
      providerId: null,
      createdAt: date("2025-01-20"),
      status: "PLANNED" as const,
      matchedDeliveryId: null,
      matchedDisbursementId: null,
    },
  ];
  for (const { id, ...p } of planned) {
    const data = { ...p, clusterId: "demo-batik-laweyan", createdById: staff.id };
    await db.plannedAction.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  return { institutions: institutionIds.size, allocations, disbursements: LOANS.length, deliveries: DELIVERIES.length };
}
