import { beforeEach, describe, expect, it, vi } from "vitest";
import { clusterListOrder, clusterListParams, clusterListWhere, listClusters } from "@/lib/clusters/queries";
import { cursorPages } from "@/lib/exports/table-stream";
import { exportClusters } from "@/lib/exports/clusters";
import type { Role } from "@/lib/generated/prisma/enums";
import { assign, makeCluster } from "@/prisma/factories";
import { resetRequest } from "../support/action-request";
import { prisma } from "../support/db";
import { signIn } from "../support/sign-in";

// listClusters reads the session from the request, as the page does.
vi.mock("next/headers", async () => (await import("../support/action-request")).nextHeaders());

const same = (key: string) => key;

/** The names in the exported CSV (first column), header left out. */
async function exportedNames(actor: { id: string; role: Role }, query: Record<string, string>): Promise<string[]> {
  const stream = exportClusters({
    actor: { ...actor, email: "", name: "", locale: "id", bdsProviderId: null },
    params: clusterListParams.parse(query),
    format: "csv",
    t: same,
    stageLabel: same,
  });
  const parts: Uint8Array[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(part);
  const text = Buffer.concat(parts).toString("utf8");
  return text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(",")[0]!.replace(/^"|"$/g, ""));
}

async function listedNames(query: Record<string, string>): Promise<string[]> {
  const { rows, pages } = await listClusters(clusterListParams.parse(query));
  expect(pages).toBe(1);
  return rows.map((r) => r.name);
}

async function seed() {
  const make = async (name: string, data: Parameters<typeof makeCluster>[1], extra: object = {}) => {
    const c = await makeCluster(prisma, { name, ...data });
    return prisma.cluster.update({ where: { id: c.id }, data: { searchText: name.toLowerCase(), ...extra } });
  };
  return {
    batikSolo: await make(
      "Sentra Batik Laweyan",
      { commodity: "Batik", provinceCode: "33", regencyCode: "33.72" },
      { currentStage: "ADVANCE" },
    ),
    batikJogja: await make("Sentra Batik Giriloyo", { commodity: "Batik Tulis", provinceCode: "34" }, { currentStage: "SURVIVAL" }),
    kopi: await make("Sentra Kopi Temanggung", { commodity: "Kopi", provinceCode: "33" }),
    rotan: await make(
      "Sentra Rotan Trangsan",
      { commodity: "Rotan", provinceCode: "33", regencyCode: "33.72" },
      { currentStage: "MATURE" },
    ),
    archived: await make("Sentra Batik Lama", { commodity: "Batik", provinceCode: "33" }, { status: "ARCHIVED" }),
  };
}

const FILTERS: Array<Record<string, string>> = [
  {},
  { q: "batik" },
  { province: "33" },
  { province: "33", regency: "33.72" },
  { commodity: "batik" },
  { stage: "NONE" },
  { stage: "ADVANCE" },
  { province: "33", commodity: "kopi" },
  { q: "tidak ada" },
  { dir: "desc" },
  // By province name (DI Yogyakarta, 34, before Jawa Tengah, 33), both ways, and the other sorts.
  { sort: "province" },
  { sort: "province", dir: "desc" },
  { sort: "workers", dir: "desc" },
  { sort: "updated" },
];

beforeEach(resetRequest);

describe("the cluster list and its export share one where", () => {
  it.each<Role>(["STAFF", "MANAGER"])("%s: for every filter the export holds exactly the list's rows, in its order", async (role) => {
    await seed();
    const user = await signIn(role);
    for (const filter of FILTERS) {
      const listed = await listedNames(filter);
      expect(await exportedNames(user, filter), JSON.stringify(filter)).toEqual(listed);
    }
    // The archived centre is in neither; the filters do narrow (the comparison is not of two empty lists).
    expect(await listedNames({})).toHaveLength(4);
    expect(await listedNames({ commodity: "batik" })).toEqual(["Sentra Batik Giriloyo", "Sentra Batik Laweyan"]);
  });

  it("a consultant: the list and the export both hold only the assigned centres", async () => {
    const { batikSolo, kopi } = await seed();
    const consultant = await signIn("CONSULTANT");
    await assign(prisma, consultant.id, batikSolo.id);
    await assign(prisma, consultant.id, kopi.id);
    for (const filter of FILTERS) {
      const listed = await listedNames(filter);
      expect(await exportedNames(consultant, filter), JSON.stringify(filter)).toEqual(listed);
    }
    expect(await listedNames({})).toEqual(["Sentra Batik Laweyan", "Sentra Kopi Temanggung"]);
  });
});

describe("the list's order pages with an id cursor, as the export reads it", () => {
  it("one row a page gives the list's order for every sort, a province name sort included", async () => {
    await seed();
    const user = await signIn("STAFF");
    const queries: Array<Record<string, string>> = [
      {},
      { sort: "province" },
      { sort: "province", dir: "desc" },
      { sort: "workers" },
      { sort: "updated", dir: "desc" },
    ];
    for (const query of queries) {
      const params = clusterListParams.parse(query);
      const where = await clusterListWhere(user, params);
      const orderBy = clusterListOrder(params);
      const paged: string[] = [];
      for await (const page of cursorPages(
        (cursor, take) =>
          prisma.cluster.findMany({
            where,
            orderBy,
            take,
            ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
            select: { id: true, name: true },
          }),
        1,
      ))
        paged.push(...page.map((r) => r.name));
      expect(paged, JSON.stringify(query)).toEqual(await listedNames(query));
      expect(paged).toHaveLength(4);
    }
  });
});
