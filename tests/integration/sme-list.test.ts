import { describe, expect, it } from "vitest";
import { smeSearchText } from "@/lib/search/normalize";
import { listSmesFor, smeListParams, SME_SEARCH_COUNT_CAP } from "@/lib/smes/queries";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

describe("SME list counts", () => {
  it("a name search counts up to its cap and says 'more than'; a list without a search counts exactly beyond it", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma, { name: "Sentra Tenun Siregar" });
    const n = SME_SEARCH_COUNT_CAP + 5;
    await prisma.sme.createMany({
      data: Array.from({ length: n }, (_, i) => {
        const names = { businessName: `Tenun Siregar ${String(i).padStart(4, "0")}`, ownerName: "Pemilik" };
        return { clusterId: cluster.id, ...names, searchText: smeSearchText(names) };
      }),
    });

    const search = await listSmesFor(staff, smeListParams.parse({ q: "SIRÉGAR" }));
    expect(search).toMatchObject({ total: SME_SEARCH_COUNT_CAP, isCapped: true, pages: SME_SEARCH_COUNT_CAP / 25 });
    expect(search.rows[0]!.businessName).toBe("Tenun Siregar 0000");
    // A common name's first pages walk the name index, later ones take the default plan: same order either way.
    const name = (i: number) => `Tenun Siregar ${String(i).padStart(4, "0")}`;
    const pageOf = async (page: number, dir: "asc" | "desc" = "asc") =>
      (await listSmesFor(staff, smeListParams.parse({ q: "siregar", page, dir }))).rows.map((r) => r.businessName);
    expect(await pageOf(2)).toEqual(Array.from({ length: 25 }, (_, i) => name(25 + i)));
    expect(await pageOf(9)).toEqual(Array.from({ length: 25 }, (_, i) => name(200 + i)));
    expect(await pageOf(1, "desc")).toEqual(Array.from({ length: 25 }, (_, i) => name(n - 1 - i)));

    const all = await listSmesFor(staff, smeListParams.parse({ cluster: cluster.id }));
    expect(all).toMatchObject({ total: n, isCapped: false, pages: Math.ceil(n / 25) });

    const few = await listSmesFor(staff, smeListParams.parse({ q: "siregar 000" }));
    expect(few).toMatchObject({ total: 10, isCapped: false });
  });

  it("the search's SQL count applies the same rules as the list: access, archived, province, cluster, gender", async () => {
    const staff = await actorWithRole("STAFF");
    const consultant = await actorWithRole("CONSULTANT");
    const stranger = { ...staff, role: "UNKNOWN" } as unknown as typeof staff;
    const mine = await makeCluster(prisma, { name: "Sentra Batik A", provinceCode: "33" });
    const other = await makeCluster(prisma, { name: "Sentra Batik B", provinceCode: "34" });
    const archived = await makeCluster(prisma, { name: "Sentra Batik C", provinceCode: "33" });
    await prisma.cluster.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    await prisma.consultantAssignment.create({ data: { consultantId: consultant.id, clusterId: mine.id } });
    const rows = [
      [mine.id, "Batik Wati", "FEMALE", "ACTIVE"],
      [mine.id, "Batik Budi", "MALE", "ACTIVE"],
      [mine.id, "Batik Lama", "FEMALE", "ARCHIVED"],
      [other.id, "Batik Sari", "FEMALE", "ACTIVE"],
      [archived.id, "Batik Tutup", "MALE", "ACTIVE"],
    ] as const;
    await prisma.sme.createMany({
      data: rows.map(([clusterId, businessName, ownerGender, status]) => ({
        clusterId,
        businessName,
        ownerName: "Pemilik",
        ownerGender,
        status,
        searchText: smeSearchText({ businessName, ownerName: "Pemilik" }),
      })),
    });
    const total = async (user: typeof staff, raw: Record<string, string>) =>
      (await listSmesFor(user, smeListParams.parse({ q: "batik", ...raw }))).total;
    expect(await total(staff, {})).toBe(3);
    expect(await total(consultant, {})).toBe(2);
    expect(await total(stranger, {})).toBe(0);
    expect(await total(staff, { province: "33" })).toBe(2);
    expect(await total(staff, { cluster: other.id })).toBe(1);
    expect(await total(staff, { gender: "FEMALE" })).toBe(2);
    expect(await total(consultant, { gender: "MALE" })).toBe(1);
    // The rows shown agree with the count.
    expect((await listSmesFor(consultant, smeListParams.parse({ q: "batik" }))).rows.map((r) => r.businessName)).toEqual([
      "Batik Budi",
      "Batik Wati",
    ]);
  });
});
