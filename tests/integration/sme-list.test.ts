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

    const all = await listSmesFor(staff, smeListParams.parse({ cluster: cluster.id }));
    expect(all).toMatchObject({ total: n, isCapped: false, pages: Math.ceil(n / 25) });

    const few = await listSmesFor(staff, smeListParams.parse({ q: "siregar 000" }));
    expect(few).toMatchObject({ total: 10, isCapped: false });
  });
});
