import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { API_V1 } from "@/lib/api/routes";
import { columnKeys } from "@/lib/imports/columns";
import { createToken } from "@/lib/tokens/create-token";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const BASE = "http://sentra.test/api/v1";
/** The SME import's own columns (lib/imports/columns.ts), less the centre, which the batch names once. */
const FIELDS = columnKeys("smes").filter((k) => k !== "cluster");

/** Text with the characters that broke things before: controls, NUL, lone surrogates, non-characters. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "%00", "\uD800", "\uFFFE", "1e309", "-1", "9".repeat(400), "../..", "' OR 1=1 --", "", " "),
);
const jsonValue = fc.oneof(nasty, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));

async function assertDocumented(res: Response) {
  expect(res.status).toBeLessThan(500);
  if (res.status >= 400) {
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(typeof body.error.code).toBe("string");
    expect(body.error.message.length).toBeGreaterThan(0);
  }
}

describe("/api/v1 under generated requests", () => {
  it("no query string gives a 5xx, and every refusal has the documented body", { timeout: 120_000 }, async () => {
    await makeCluster(prisma);
    const { secret } = await createToken({
      actor: await actorWithRole("ADMIN"),
      input: { name: "p", scopes: ["read"], expiresInDays: "1" },
    });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("province", "commodity", "stage", "q", "cursor", "limit", "cluster", "gender", "other"), nasty, {
          maxKeys: 4,
        }),
        fc.constantFrom("listClusters", "listSmes", "getCluster") as fc.Arbitrary<"listClusters" | "listSmes" | "getCluster">,
        async (query, route) => {
          const url = new URL(`${BASE}/clusters`);
          for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
          // The limiter is not what is tested here: start every run with a fresh window.
          await prisma.$executeRaw`DELETE FROM login_throttle WHERE key LIKE 'api-token:%'`;
          const request = new Request(url, { headers: { Authorization: `Bearer ${secret}` } });
          const res =
            route === "getCluster"
              ? await API_V1.getCluster(request, { params: Promise.resolve({ clusterId: query.q ?? "x" }) })
              : await API_V1[route](request);
          await assertDocumented(res);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("no JSON body gives a 5xx or writes anything it refuses", { timeout: 120_000 }, async () => {
    const cluster = await makeCluster(prisma);
    const { secret } = await createToken({
      actor: await actorWithRole("STAFF"),
      input: { name: "p", scopes: ["smes:write"], expiresInDays: "1" },
    });
    const item = fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 6 });
    const body = fc.oneof(
      fc.record({ clusterId: fc.oneof(fc.constant(cluster.id), nasty), smes: fc.array(item, { maxLength: 4 }) }),
      fc.jsonValue(),
      nasty.map((s) => ({ raw: s })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        await prisma.$executeRaw`DELETE FROM login_throttle WHERE key LIKE 'api-token:%'`;
        const before = await prisma.sme.count();
        const payload = typeof b === "object" && b !== null && "raw" in b ? String(b.raw) : JSON.stringify(b);
        const res = await API_V1.writeSmes(
          new Request(`${BASE}/smes`, {
            method: "POST",
            body: payload,
            headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json" },
          }),
        );
        await assertDocumented(res);
        if (res.status !== 200) expect(await prisma.sme.count()).toBe(before);
      }),
      { numRuns: 80 },
    );
  });
});
