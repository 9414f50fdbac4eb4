/**
 * Record factories shared by the seed and the tests (one way to make a user, a
 * provider, a cluster, an SME). They take the Prisma client to use, so tests can
 * hand them a transaction or a per-worker database.
 */
import { hashPassword } from "../lib/auth/password";
import { clusterSearchText, smeSearchText } from "../lib/search/normalize";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { Gender, Role } from "../lib/generated/prisma/enums";

type Db = Pick<PrismaClient, "user" | "bdsProvider" | "cluster" | "sme" | "consultantAssignment">;

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

// Hashing is deliberately slow; tests and the seed reuse one hash per password.
const hashCache = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  if (!hashCache.has(password)) hashCache.set(password, hashPassword(password));
  return hashCache.get(password)!;
}

export async function makeUser(
  db: Db,
  input: Partial<{
    id: string;
    email: string;
    name: string;
    role: Role;
    password: string;
    bdsProviderId: string | null;
    isActive: boolean;
  }> = {},
) {
  const email = (input.email ?? `${unique("user")}@sentra.test`).toLowerCase();
  const data = {
    email,
    name: input.name ?? email.split("@")[0]!,
    role: input.role ?? "STAFF",
    passwordHash: await cachedHash(input.password ?? "sentra-test-password"),
    bdsProviderId: input.bdsProviderId ?? null,
    isActive: input.isActive ?? true,
  };
  return db.user.upsert({ where: { email }, create: { id: input.id, ...data }, update: data });
}

export async function makeProvider(
  db: Db,
  input: Partial<{
    id: string;
    name: string;
    provinceCode: string;
    legalForm: string;
    address: string;
    contactName: string;
    contactPhone: string;
  }> = {},
) {
  const name = input.name ?? unique("Provider");
  const data = {
    name,
    provinceCode: input.provinceCode ?? "33",
    legalForm: input.legalForm ?? null,
    address: input.address ?? null,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
  };
  return db.bdsProvider.upsert({ where: { name }, create: { id: input.id, ...data }, update: data });
}

export async function makeCluster(
  db: Db,
  input: Partial<{
    id: string;
    name: string;
    commodity: string;
    kbliCode: string;
    provinceCode: string;
    regencyCode: string | null;
    yearEstablished: number;
    workerCount: number;
    productionValue: bigint;
    exportSharePct: number;
    localMaterialSharePct: number;
    bdsProviderId: string | null;
    contactName: string;
  }> = {},
) {
  const id = input.id ?? unique("cluster");
  const data = {
    name: input.name ?? `Sentra ${id}`,
    commodity: input.commodity ?? "Batik",
    kbliCode: input.kbliCode ?? null,
    provinceCode: input.provinceCode ?? "33",
    regencyCode: input.regencyCode ?? null,
    yearEstablished: input.yearEstablished ?? null,
    workerCount: input.workerCount ?? 0,
    productionValue: input.productionValue ?? null,
    exportSharePct: input.exportSharePct ?? null,
    localMaterialSharePct: input.localMaterialSharePct ?? null,
    bdsProviderId: input.bdsProviderId ?? null,
    contactName: input.contactName ?? null,
  };
  const withSearch = { ...data, searchText: clusterSearchText(data) };
  return db.cluster.upsert({ where: { id }, create: { id, ...withSearch }, update: withSearch });
}

export async function makeSme(
  db: Db,
  input: { clusterId: string } & Partial<{
    id: string;
    businessName: string;
    ownerName: string;
    ownerGender: Gender;
    nib: string | null;
    legalForm: string;
    yearStarted: number;
    workerCount: number;
    annualTurnover: bigint;
    assets: bigint;
    mainProducts: string;
    subcontractTo: string | null;
    phone: string;
  }>,
) {
  const id = input.id ?? unique("sme");
  const data = {
    clusterId: input.clusterId,
    businessName: input.businessName ?? `Usaha ${id}`,
    ownerName: input.ownerName ?? "Pemilik",
    ownerGender: input.ownerGender ?? null,
    nib: input.nib ?? null,
    legalForm: input.legalForm ?? null,
    yearStarted: input.yearStarted ?? null,
    workerCount: input.workerCount ?? 1,
    annualTurnover: input.annualTurnover ?? null,
    assets: input.assets ?? null,
    mainProducts: input.mainProducts ?? null,
    subcontractTo: input.subcontractTo ?? null,
    phone: input.phone ?? null,
  };
  const withSearch = { ...data, searchText: smeSearchText(data) };
  return db.sme.upsert({ where: { id }, create: { id, ...withSearch }, update: withSearch });
}

export async function assign(db: Db, consultantId: string, clusterId: string, assignedById?: string) {
  return db.consultantAssignment.upsert({
    where: { consultantId_clusterId: { consultantId, clusterId } },
    create: { consultantId, clusterId, assignedById: assignedById ?? null },
    update: {},
  });
}
