import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apiErrorBodySchema } from "@/lib/api/errors";
import { API_OPERATIONS, buildOpenApiDocument } from "@/lib/api/openapi";
import { API_V1 } from "@/lib/api/routes";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/tokens/schema";
import { createToken } from "@/lib/tokens/create-token";
import { assign, makeCluster, makeProvider, makeSme } from "@/prisma/factories";
import { arbitraryFor, nasty } from "../support/openapi-arbitraries";
import { actorWithRole, prisma } from "../support/db";

const BASE = "http://sentra.test/api/v1";

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: "query" | "path" | "header"; schema: Schema } | { $ref: string };
type Operation = {
  operationId: keyof typeof API_V1;
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<string, unknown>;
};

const doc = buildOpenApiDocument() as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const OPERATIONS = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

/** A query value as a caller would put it in a URL. */
function queryText(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** A URL cannot carry a lone surrogate: it becomes U+FFFD, as a client's encoder would make it. */
function wellFormed(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

async function seed() {
  const admin = await actorWithRole("ADMIN");
  const cluster = await makeCluster(prisma);
  await makeSme(prisma, { clusterId: cluster.id, annualTurnover: 9_007_199_254_740_993n });
  await makeProvider(prisma);
  await prisma.clusterOutcome.create({
    data: { clusterId: cluster.id, year: 2025, smeCount: 3, workerCount: 9, productionValue: 5n, source: "SURVEY", recordedById: admin.id },
  });
  await prisma.diagnosis.create({
    data: {
      clusterId: cluster.id,
      assessorId: admin.id,
      instrumentCode: "SENTRA",
      instrumentVersion: "2026.1",
      status: "APPROVED",
      resultStage: "ADVANCE",
      approvedAt: new Date(),
      scores: { create: [{ clusterId: cluster.id, groupCode: "G1", score: 3 }] },
    },
  });
  const consultant = await actorWithRole("CONSULTANT");
  await assign(prisma, consultant.id, cluster.id);
  const scopes = Object.keys(TOKEN_SCOPES) as TokenScope[];
  const secrets = [];
  for (const actor of [admin, consultant])
    secrets.push((await createToken({ actor, input: { name: "p", scopes, expiresInDays: "1" } })).secret);
  return { clusterId: cluster.id, secrets };
}

describe("/api/v1 under requests generated from its own OpenAPI document", () => {
  it("the document's every operation has its handler", () => {
    expect(OPERATIONS.map((o) => o.op.operationId).sort()).toEqual(Object.keys(API_V1).sort());
    expect(OPERATIONS).toHaveLength(API_OPERATIONS.length);
  });

  it(
    "no request gives a 5xx; every refusal is the documented error body with a documented status; every 200 matches its schema; a refused write writes nothing",
    { timeout: 240_000 },
    async () => {
      const { clusterId, secrets } = await seed();
      const request = fc.oneof(
        ...OPERATIONS.map(({ path, method, op }) => {
          const query = op.parameters.filter((p): p is Extract<Parameter, { in: string }> => "in" in p && p.in === "query");
          const pathNames = op.parameters.filter((p) => "in" in p && p.in === "path").map((p) => (p as { name: string }).name);
          const bodyRef = op.requestBody?.content["application/json"].schema.$ref;
          return fc.record({
            op: fc.constant({ path, method, op }),
            secret: fc.constantFrom(...secrets),
            lang: fc.constantFrom("id", "en", "fr"),
            query: fc.record(
              Object.fromEntries(
                query.map((p) => [
                  p.name,
                  // A cursor is opaque: only a page's nextCursor is valid, so a generated one is
                  // mostly left out (else nearly every list request would be a 422).
                  p.name === "cursor"
                    ? fc.option(arbitraryFor(p.schema, doc.components.schemas), { freq: 5, nil: undefined })
                    : arbitraryFor(p.schema, doc.components.schemas, 0.08),
                ]),
              ),
              { requiredKeys: [] },
            ),
            path: fc.record(Object.fromEntries(pathNames.map((n) => [n, fc.oneof(fc.constant(clusterId), nasty)]))),
            body: bodyRef
              ? fc
                  .tuple(arbitraryFor({ $ref: bodyRef }, doc.components.schemas), fc.boolean())
                  .map(([b, realCentre]) => (realCentre && typeof b === "object" && b !== null ? { ...b, clusterId } : b))
              : fc.constant(undefined),
          });
        }),
      );
      const counts = async () => [await prisma.sme.count(), await prisma.clusterOutcome.count()].join("/");
      const statuses = new Map<string, Set<number>>();

      await fc.assert(
        fc.asyncProperty(request, async ({ op: { path, method, op }, secret, lang, query, path: pathParams, body }) => {
          // The limiter is not what is tested here: start every run with a fresh window.
          await prisma.$executeRaw`DELETE FROM login_throttle WHERE key LIKE 'api-token:%'`;
          const url = new URL(
            `${BASE}${path.replace(/\{(\w+)\}/g, (_m, n: string) => encodeURIComponent(wellFormed(pathParams[n] ?? "")))}`,
          );
          for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, queryText(v));
          const before = method === "POST" ? await counts() : "";
          const res = await API_V1[op.operationId](
            new Request(url, {
              method,
              headers: {
                Authorization: `Bearer ${secret}`,
                "Accept-Language": lang,
                ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
              },
              body: body !== undefined ? JSON.stringify(body) : undefined,
            }),
            { params: Promise.resolve(pathParams) },
          );
          (statuses.get(op.operationId) ?? statuses.set(op.operationId, new Set()).get(op.operationId)!).add(res.status);
          expect(res.status, `${method} ${url.pathname}${url.search}`).toBeLessThan(500);
          expect(Object.keys(op.responses), `${method} ${path}: status ${res.status} is documented`).toContain(String(res.status));
          const json: unknown = await res.json();
          if (res.status >= 400) {
            expect(apiErrorBodySchema.safeParse(json).success, JSON.stringify(json)).toBe(true);
            if (method === "POST") expect(await counts()).toBe(before);
          } else {
            const spec = API_OPERATIONS.find((o) => o.operationId === op.operationId)!;
            const parsed = spec.response.safeParse(json);
            expect(parsed.success, `${op.operationId}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
      // Generated requests must reach past validation, or the property says little: most reads
      // answer 200 now and then (a random write rarely passes every rule, so not all of them).
      const answered = [...statuses.values()].filter((s) => s.has(200)).length;
      expect(answered, JSON.stringify(Object.fromEntries([...statuses].map(([k, v]) => [k, [...v]])))).toBeGreaterThanOrEqual(
        Math.ceil(OPERATIONS.length / 2),
      );
    },
  );
});
