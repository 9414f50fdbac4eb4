/**
 * Demo data: administrative areas, two BDS providers with consultants, about 30
 * sentra with their SMEs, and the four demo accounts (password `sentra-demo-2026`);
 * then MAP financing and BDS support, diagnoses, and three sentra designated for the
 * year-two agenda with yearly outcomes (seed-support, seed-diagnoses, seed-monitoring).
 * Idempotent: running it again updates the same records.
 *
 * `npm run dev` / `npm start` run it by themselves only on the embedded database;
 * a server named by DATABASE_URL gets demo data only through `npm run db:seed`.
 */
import "dotenv/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { pathToFileURL } from "node:url";
import { PrismaClient } from "../lib/generated/prisma/client";
import { loadAreas } from "./areas";
import { DEMO_CLUSTERS, DEMO_PROVIDERS, LEGAL_FORMS, OWNER_NAMES } from "./demo-data";
import { assign, makeCluster, makeProvider, makeSme, makeUser } from "./factories";

export const DEMO_PASSWORD = "sentra-demo-2026";

export const DEMO_ACCOUNTS = {
  admin: { email: "admin@sentra.test", name: "Administrator Sentra", role: "ADMIN" },
  staff: { email: "staf@sentra.test", name: "Rahmat Hidayat", role: "STAFF" },
  consultant: { email: "konsultan@sentra.test", name: "Dian Puspitasari", role: "CONSULTANT" },
  consultant2: { email: "konsultan2@sentra.test", name: "Yusuf Maulana", role: "CONSULTANT" },
  manager: { email: "manajer@sentra.test", name: "Ir. Wahyu Nugroho, M.Si.", role: "MANAGER" },
} as const;

/** Clusters the main demo consultant reviews: some, not all. */
export const CONSULTANT_CLUSTERS = ["batik-laweyan", "mebel-jepara", "rotan-trangsan", "perak-kotagede", "gerabah-kasongan"];
export const CONSULTANT2_CLUSTERS = ["batik-trusmi", "sepatu-cibaduyut", "bordir-tasik"];

// Deterministic pseudo-random numbers, so every seed produces the same data.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedDemo(databaseUrl: string, log: (l: string) => void = console.log) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    const client = await pool.connect();
    try {
      await loadAreas(client, log);
    } finally {
      client.release();
    }
    const regencyCodes = new Map(
      (await db.regency.findMany({ select: { code: true, name: true, provinceCode: true } })).map((r) => [r.name, r]),
    );

    const providers = [];
    for (const p of DEMO_PROVIDERS) {
      providers.push(
        await makeProvider(db, {
          id: `demo-${p.key}`,
          name: p.name,
          legalForm: p.legalForm,
          provinceCode: p.province,
          address: p.address,
          contactName: p.contactName,
          contactPhone: p.contactPhone,
        }),
      );
    }

    const users: Record<keyof typeof DEMO_ACCOUNTS, { id: string }> = {} as never;
    for (const [key, account] of Object.entries(DEMO_ACCOUNTS) as Array<
      [keyof typeof DEMO_ACCOUNTS, (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS]]
    >) {
      const providerId = key === "consultant" ? providers[0]!.id : key === "consultant2" ? providers[1]!.id : null;
      users[key] = await makeUser(db, { ...account, password: DEMO_PASSWORD, bdsProviderId: providerId });
    }

    const random = rng(2001);
    for (const [index, c] of DEMO_CLUSTERS.entries()) {
      const regency = regencyCodes.get(c.regency);
      if (!regency) throw new Error(`Demo cluster ${c.key}: unknown regency "${c.regency}"`);
      const cluster = await makeCluster(db, {
        id: `demo-${c.key}`,
        name: c.name,
        commodity: c.commodity,
        kbliCode: c.kbli,
        provinceCode: regency.provinceCode,
        regencyCode: regency.code,
        yearEstablished: c.year,
        workerCount: c.workers,
        productionValue: c.productionValue,
        exportSharePct: c.exportPct,
        localMaterialSharePct: c.localPct,
        bdsProviderId: c.provider === undefined ? null : providers[c.provider]!.id,
        contactName: OWNER_NAMES[index % OWNER_NAMES.length]![0],
      });
      const smeCount = 6 + Math.floor(random() * 7);
      for (let i = 0; i < smeCount; i++) {
        const [owner, gender] = OWNER_NAMES[(index * 7 + i) % OWNER_NAMES.length]!;
        const first = owner.split(" ")[0]!.replace(/[^A-Za-z]/g, "");
        const turnover = BigInt(Math.round((150 + random() * 4850) * 1_000_000));
        await makeSme(db, {
          id: `demo-${c.key}-sme-${i + 1}`,
          clusterId: cluster.id,
          businessName: `${["UD", "CV", "Usaha", "Griya", "Rumah Produksi"][i % 5]} ${first} ${c.commodity.split(" ")[0]}`,
          ownerName: owner,
          ownerGender: gender,
          nib: `91${String(index + 1).padStart(3, "0")}${String(i + 1).padStart(3, "0")}${String(Math.floor(random() * 100000)).padStart(5, "0")}`,
          legalForm: LEGAL_FORMS[i % LEGAL_FORMS.length],
          yearStarted: Math.max(c.year, 1970 + Math.floor(random() * 54)),
          workerCount: 2 + Math.floor(random() * 40),
          annualTurnover: turnover,
          assets: turnover / 2n,
          mainProducts: c.commodity,
          subcontractTo: c.key === "rotan-trangsan" && i < 2 ? "PT Suwastama (Surakarta)" : null,
          phone: `08${String(1200000000 + Math.floor(random() * 800000000))}`,
        });
      }
    }
    for (const key of CONSULTANT_CLUSTERS) await assign(db, users.consultant.id, `demo-${key}`, users.admin.id);
    for (const key of CONSULTANT2_CLUSTERS) await assign(db, users.consultant2.id, `demo-${key}`, users.admin.id);
    await (await import("./seed-support")).seedDemoSupport(db);
    await (await import("./seed-diagnoses")).seedDemoDiagnoses(db);
    await (await import("./seed-monitoring")).seedDemoMonitoring(db);
    log(
      `Demo data ready: ${DEMO_CLUSTERS.length} sentra, ${DEMO_PROVIDERS.length} BDS providers, ${Object.keys(DEMO_ACCOUNTS).length} accounts (password ${DEMO_PASSWORD})`,
    );
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm run dev` seeds the embedded database by itself; set DATABASE_URL to seed another server.");
    process.exit(2);
  }
  console.warn("Writing demo data with KNOWN PASSWORDS to the database at DATABASE_URL. Never do this on a real deployment.");
  await seedDemo(url);
}
