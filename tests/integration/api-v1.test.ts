import { describe, expect, it } from "vitest";
import { API_V1 } from "@/lib/api/routes";
import { API_RATE_LIMIT } from "@/lib/api/rate-limit";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { hashTokenSecret } from "@/lib/tokens/secret";
import type { SessionUser } from "@/lib/auth/session";
import { assign, makeCluster, makeSme } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const BASE = "http://sentra.test/api/v1";

async function tokenFor(actor: SessionUser, scopes: string[] = ["read"], days = 30) {
  return (await createToken({ actor, input: { name: "sync", scopes, expiresInDays: String(days) } })).secret;
}

function get(path: string, secret?: string, headers: Record<string, string> = {}) {
  return new Request(`${BASE}${path}`, { headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...headers } });
}

function post(path: string, secret: string, body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json", ...headers },
  });
}

const clusterRoute = (id: string) => ({ params: Promise.resolve({ clusterId: id }) });

/** POST /api/v1/smes: one centre's batch of SMEs. */
function postSmes(secret: string, clusterId: string, smes: object[], headers: Record<string, string> = {}) {
  return API_V1.writeSmes(post("/smes", secret, JSON.stringify({ clusterId, smes }), headers));
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(typeof body.error.message).toBe("string");
  return body.error;
}

describe("personal access tokens", () => {
  it("shows the secret once and stores only its SHA-256, with an audit row that holds neither", async () => {
    const staff = await actorWithRole("STAFF");
    const created = await createToken({
      actor: staff,
      input: { name: "Dinas Jateng", scopes: ["read", "smes:write"], expiresInDays: "90" },
    });
    expect(created.secret).toMatch(/^sentra_pat_[A-Za-z0-9_-]{43}$/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(created.secret));
    expect(row.scopes).toEqual(["READ", "SMES_WRITE"]);
    expect(row.prefix).toBe(created.secret.slice(0, 15));
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(90);
    const audit = await prisma.auditLog.findMany({ where: { entityId: created.id } });
    expect(audit.map((a) => a.action)).toEqual(["api_token.create"]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
  });

  it("refuses an expiry over a year, no scope, or an unknown scope", async () => {
    const staff = await actorWithRole("STAFF");
    for (const input of [
      { name: "x", scopes: ["read"], expiresInDays: "366" },
      { name: "x", scopes: [], expiresInDays: "30" },
      { name: "x", scopes: ["admin"], expiresInDays: "30" },
    ])
      await expect(createToken({ actor: staff, input })).rejects.toThrow();
    expect(await prisma.apiToken.count()).toBe(0);
  });

  it("only its owner or an admin revokes a token, audited", async () => {
    const staff = await actorWithRole("STAFF");
    const other = await actorWithRole("STAFF");
    const admin = await actorWithRole("ADMIN");
    const { id } = await createToken({ actor: staff, input: { name: "a", scopes: ["read"], expiresInDays: "30" } });
    await expect(revokeToken({ actor: other, input: { id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeToken({ actor: admin, input: { id } });
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.revokedAt).not.toBeNull();
    expect(row.revokedById).toBe(admin.id);
    const actions = await prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => [a.action, a.actorId])).toEqual([
      ["api_token.create", staff.id],
      ["api_token.revoke", admin.id],
    ]);
  });
});

describe("/api/v1 authentication", () => {
  it("answers 401 with the stable body for a missing, malformed, unknown, revoked or expired token and a disabled or locked owner", async () => {
    await makeCluster(prisma);
    const staff = await actorWithRole("STAFF");
    const good = await tokenFor(staff);
    expect((await API_V1.listClusters(get("/clusters", good))).status).toBe(200);

    const revoked = await createToken({ actor: staff, input: { name: "r", scopes: ["read"], expiresInDays: "30" } });
    await revokeToken({ actor: staff, input: { id: revoked.id } });
    const expired = await createToken({ actor: staff, input: { name: "e", scopes: ["read"], expiresInDays: "1" } });
    await prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const cases: Array<[string, string | undefined]> = [
      ["missing", undefined],
      ["malformed", "not-a-token"],
      ["unknown", `sentra_pat_${"A".repeat(43)}`],
      ["revoked", revoked.secret],
      ["expired", expired.secret],
    ];
    for (const [label, secret] of cases) {
      const res = await API_V1.listClusters(get("/clusters", secret));
      expect(res.status, label).toBe(401);
      expect(res.headers.get("www-authenticate"), label).toMatch(/^Bearer/);
      expect((await errorOf(res)).code, label).toBe("UNAUTHENTICATED");
    }

    const disabled = await actorWithRole("STAFF");
    const disabledToken = await tokenFor(disabled);
    await prisma.user.update({ where: { id: disabled.id }, data: { isActive: false } });
    expect((await API_V1.listClusters(get("/clusters", disabledToken))).status).toBe(401);

    const locked = await actorWithRole("STAFF");
    const lockedToken = await tokenFor(locked);
    expect((await API_V1.listClusters(get("/clusters", lockedToken))).status).toBe(200);
    await prisma.$executeRaw`INSERT INTO login_throttle (key, points, expire) VALUES (${`account:${locked.email}`}, 10, ${Date.now() + 600_000})`;
    expect((await API_V1.listClusters(get("/clusters", lockedToken))).status).toBe(401);
  });

  it("takes the context Next passes even to a route without segments (its params resolve to undefined)", async () => {
    const secret = await tokenFor(await actorWithRole("STAFF"));
    const res = await API_V1.listClusters(get("/clusters", secret), { params: Promise.resolve(undefined as never) });
    expect(res.status).toBe(200);
  });

  it("messages follow Accept-Language (Indonesian by default)", async () => {
    const id = await errorOf(await API_V1.listClusters(get("/clusters")));
    const en = await errorOf(
      await API_V1.listClusters(get("/clusters", undefined, { "Accept-Language": "fr;q=1, en-GB;q=0.8, id;q=0.5" })),
    );
    expect(id.message).toMatch(/Token tidak ada/);
    expect(en.message).toMatch(/The token is missing/);
  });

  it("a token does what its scopes and its owner's role both allow", async () => {
    const cluster = await makeCluster(prisma);
    const staff = await actorWithRole("STAFF");
    const manager = await actorWithRole("MANAGER");
    const readOnly = await tokenFor(staff, ["read"]);
    const writeOnly = await tokenFor(staff, ["smes:write"]);
    const managerWrite = await tokenFor(manager, ["read", "smes:write"]);
    const body = JSON.stringify({ clusterId: cluster.id, smes: [{ businessName: "Batik Sari", ownerName: "Sari", workerCount: 3 }] });

    expect((await errorOf(await API_V1.writeSmes(post("/smes", readOnly, body)))).code).toBe("FORBIDDEN");
    expect((await API_V1.listSmes(get("/smes", writeOnly))).status).toBe(403);
    expect((await API_V1.writeSmes(post("/smes", managerWrite, body))).status).toBe(403);
    expect((await API_V1.listSmes(get("/smes", managerWrite))).status).toBe(200);
    expect((await API_V1.writeSmes(post("/smes", writeOnly, body))).status).toBe(200);
    expect(await prisma.sme.count()).toBe(1);
  });

  it("every use sets the token's last use and leaves one audit row", async () => {
    const staff = await actorWithRole("STAFF");
    const secret = await tokenFor(staff);
    const before = await prisma.apiToken.findFirstOrThrow({ where: { userId: staff.id } });
    expect(before.lastUsedAt).toBeNull();
    await API_V1.listClusters(get("/clusters?stage=NONE", secret));
    await API_V1.writeSmes(post("/smes", secret, "{}"));
    const after = await prisma.apiToken.findFirstOrThrow({ where: { userId: staff.id } });
    expect(after.lastUsedAt).not.toBeNull();
    const uses = await prisma.auditLog.findMany({ where: { action: "api_token.use", entityId: after.id }, orderBy: { createdAt: "asc" } });
    expect(uses.map((u) => [u.actorId, u.after])).toEqual([
      [staff.id, { method: "GET", path: "/api/v1/clusters", status: 200 }],
      [staff.id, { method: "POST", path: "/api/v1/smes", status: 403 }],
    ]);
  });

  it(`allows ${API_RATE_LIMIT.points} requests per token and window, then 429 with Retry-After; other tokens are not affected`, async () => {
    const staff = await actorWithRole("STAFF");
    const busy = await tokenFor(staff);
    const calm = await tokenFor(staff);
    const id = (await prisma.apiToken.findFirstOrThrow({ where: { tokenHash: hashTokenSecret(busy) } })).id;
    // The earlier requests of the window, counted in the limiter's own table.
    await prisma.$executeRaw`INSERT INTO login_throttle (key, points, expire) VALUES (${`api-token:${id}`}, ${API_RATE_LIMIT.points - 1}, ${Date.now() + 60_000})`;
    const last = await API_V1.listClusters(get("/clusters", busy));
    expect(last.status).toBe(200);
    expect(last.headers.get("ratelimit-remaining")).toBe("0");
    const over = await API_V1.listClusters(get("/clusters", busy));
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await errorOf(over)).code).toBe("RATE_LIMITED");
    expect((await API_V1.listClusters(get("/clusters", calm))).status).toBe(200);
  });
});

describe("/api/v1 reads", () => {
  it("a consultant's token sees only the assigned centres and their SMEs", async () => {
    const mine = await makeCluster(prisma, { name: "Sentra Batik Laweyan" });
    const other = await makeCluster(prisma, { name: "Sentra Perak Kotagede" });
    await makeSme(prisma, { clusterId: mine.id, businessName: "Batik Mine" });
    await makeSme(prisma, { clusterId: other.id, businessName: "Perak Other" });
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, mine.id);
    const secret = await tokenFor(consultant);

    const list = (await (await API_V1.listClusters(get("/clusters", secret))).json()) as { data: Array<{ name: string }> };
    expect(list.data.map((c) => c.name)).toEqual(["Sentra Batik Laweyan"]);
    expect((await API_V1.getCluster(get(`/clusters/${mine.id}`, secret), clusterRoute(mine.id))).status).toBe(200);
    const hidden = await API_V1.getCluster(get(`/clusters/${other.id}`, secret), clusterRoute(other.id));
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(await hidden.json())).not.toContain("Kotagede");
    // An id no row can have (found by the property test: a NUL made PostgreSQL refuse the query, a 500).
    for (const bad of ["\u0000", "a\u0000b", "x".repeat(101)]) {
      const res = await API_V1.getCluster(get("/clusters/x", secret), clusterRoute(bad));
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    const smes = (await (await API_V1.listSmes(get("/smes", secret))).json()) as { data: Array<{ businessName: string }> };
    expect(smes.data.map((s) => s.businessName)).toEqual(["Batik Mine"]);
  });

  it("filters like the list page, serialises money as strings, and refuses a bad filter with a field error", async () => {
    await makeCluster(prisma, { name: "Sentra A", provinceCode: "33", productionValue: 12_500_000_000n });
    await makeCluster(prisma, { name: "Sentra B", provinceCode: "34", commodity: "Perak" });
    const secret = await tokenFor(await actorWithRole("MANAGER"));
    const byProvince = (await (await API_V1.listClusters(get("/clusters?province=33", secret))).json()) as {
      data: Array<{ name: string; productionValue: string; province: { code: string }; currentStage: null }>;
    };
    expect(byProvince.data).toMatchObject([
      { name: "Sentra A", productionValue: "12500000000", province: { code: "33" }, currentStage: null },
    ]);
    const byCommodity = (await (await API_V1.listClusters(get("/clusters?commodity=perak&stage=NONE", secret))).json()) as {
      data: Array<{ name: string }>;
    };
    expect(byCommodity.data.map((c) => c.name)).toEqual(["Sentra B"]);
    const bad = await API_V1.listClusters(get("/clusters?province=Jawa&limit=0", secret, { "Accept-Language": "en" }));
    expect(bad.status).toBe(422);
    expect(Object.keys((await errorOf(bad)).fieldErrors ?? {}).sort()).toEqual(["limit", "province"]);
  });

  it("pages with a cursor: every centre once, in id order, then nextCursor null; a forged cursor is a 422", async () => {
    for (let i = 0; i < 5; i++) await makeCluster(prisma, { name: `Sentra ${i}` });
    const secret = await tokenFor(await actorWithRole("STAFF"));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await (await API_V1.listClusters(get(`/clusters?limit=2${cursor ? `&cursor=${cursor}` : ""}`, secret))).json()) as {
        data: Array<{ id: string }>;
        nextCursor: string | null;
      };
      seen.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    const ids = (await prisma.cluster.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
    expect(seen).toEqual(ids);
    const forged = await API_V1.listClusters(get(`/clusters?cursor=${Buffer.from("x'; DROP").toString("base64url")}`, secret));
    expect(forged.status).toBe(422);
    expect((await errorOf(forged)).fieldErrors).toHaveProperty("cursor");
  });

  it("answers If-None-Match with 304 while nothing changed, and 200 with a new ETag after a change", async () => {
    const cluster = await makeCluster(prisma);
    const secret = await tokenFor(await actorWithRole("STAFF"));
    const first = await API_V1.getCluster(get(`/clusters/${cluster.id}`, secret), clusterRoute(cluster.id));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const again = await API_V1.getCluster(get(`/clusters/${cluster.id}`, secret, { "If-None-Match": etag! }), clusterRoute(cluster.id));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // The 200's caching fields, and no Content-Type for the body it does not have.
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("vary")).toBe("Authorization, Accept-Language");
    expect(again.headers.get("content-type")).toBeNull();
    await prisma.cluster.update({ where: { id: cluster.id }, data: { workerCount: 99 } });
    const changed = await API_V1.getCluster(get(`/clusters/${cluster.id}`, secret, { "If-None-Match": etag! }), clusterRoute(cluster.id));
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("POST /api/v1/smes", () => {
  it("creates and updates (matched by NIB, as the import does), with per-record and summary audit rows", async () => {
    const cluster = await makeCluster(prisma);
    const existing = await makeSme(prisma, { clusterId: cluster.id, businessName: "Lama", nib: "1234567890123" });
    const staff = await actorWithRole("STAFF");
    const secret = await tokenFor(staff, ["smes:write"]);
    const res = await postSmes(secret, cluster.id, [
      { businessName: "Batik Baru", ownerName: "Ani", ownerGender: "FEMALE", workerCount: 4, annualTurnover: "250000000" },
      { businessName: "Lama Jaya", ownerName: "Budi", nib: "1234567890123", workerCount: "7", assets: 1000000 },
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { created: number; updated: number; smes: Array<{ index: number; id: string; result: string }> };
    expect(body).toMatchObject({ created: 1, updated: 1 });
    expect(body.smes.map((s) => [s.index, s.result])).toEqual([
      [0, "created"],
      [1, "updated"],
    ]);
    expect(body.smes[1]!.id).toBe(existing.id);
    const updated = await prisma.sme.findUniqueOrThrow({ where: { id: existing.id } });
    expect(updated).toMatchObject({ businessName: "Lama Jaya", workerCount: 7, assets: 1_000_000n, version: existing.version + 1 });
    const created = await prisma.sme.findUniqueOrThrow({ where: { id: body.smes[0]!.id } });
    expect(created).toMatchObject({ ownerGender: "FEMALE", annualTurnover: 250_000_000n });
    const actions = (await prisma.auditLog.findMany({ where: { actorId: staff.id }, select: { action: true } }))
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(["api_token.create", "api_token.use", "sme.api_batch", "sme.import_create", "sme.import_update"]);
  });

  it("is all or nothing: one refused item and nothing is written, with field errors by item index", async () => {
    const cluster = await makeCluster(prisma);
    await makeSme(prisma, { clusterId: (await makeCluster(prisma)).id, nib: "9999999999999" });
    const staff = await actorWithRole("STAFF");
    const secret = await tokenFor(staff, ["smes:write"]);
    const res = await postSmes(
      secret,
      cluster.id,
      [
        { businessName: "Baik", ownerName: "A", workerCount: 1 },
        { businessName: "Buruk", ownerName: "B", workerCount: -1 },
        { businessName: "Curian", ownerName: "C", workerCount: 1, nib: "9999999999999" },
        { businessName: "Baik", ownerName: "D", workerCount: 1 },
      ],
      { "Accept-Language": "en" },
    );
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["smes.1.workerCount", "smes.2.nib", "smes.3.businessName"]);
    expect(await prisma.sme.count({ where: { clusterId: cluster.id } })).toBe(0);
    // Only the token's creation and this use are recorded.
    const actions = (await prisma.auditLog.findMany({ where: { actorId: staff.id }, select: { action: true } })).map((a) => a.action);
    expect(actions.sort()).toEqual(["api_token.create", "api_token.use"]);
  });

  it("refuses an unknown or archived centre and unknown fields as field errors", async () => {
    const cluster = await makeCluster(prisma);
    const admin = await actorWithRole("ADMIN");
    const secret = await tokenFor(admin, ["smes:write"]);
    await prisma.cluster.update({ where: { id: cluster.id }, data: { status: "ARCHIVED" } });
    const archived = await postSmes(secret, cluster.id, [{ businessName: "x", ownerName: "y", workerCount: 1 }]);
    expect((await errorOf(archived)).fieldErrors).toHaveProperty("clusterId");
    const missing = await postSmes(secret, "no-such-centre", [{ businessName: "x", ownerName: "y", workerCount: 1 }]);
    expect(missing.status).toBe(422);
    expect((await errorOf(missing)).fieldErrors).toHaveProperty("clusterId");
    const live = await makeCluster(prisma);
    const unknown = await postSmes(secret, live.id, [{ businessName: "x", ownerName: "y", workerCount: 1, isAdmin: true }]);
    expect(unknown.status).toBe(422);
    expect(await prisma.sme.count()).toBe(0);
  });

  it("answers malformed, NUL-laden, mistyped and huge bodies with a documented 4xx, never a 500", async () => {
    const cluster = await makeCluster(prisma);
    const secret = await tokenFor(await actorWithRole("STAFF"), ["smes:write"]);
    const item = { businessName: "x", ownerName: "y", workerCount: 1 };
    const cases: Array<[string, Request, number]> = [
      ["broken JSON", post("/smes", secret, '{"clusterId":'), 400],
      ["raw NUL byte", post("/smes", secret, `{"clusterId":"a\u0000"}`), 400],
      ["invalid UTF-8", post("/smes", secret, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400],
      [
        "escaped NUL in a field",
        post("/smes", secret, JSON.stringify({ clusterId: cluster.id, smes: [{ ...item, businessName: "a\u0000b" }] })),
        422,
      ],
      ["not an object", post("/smes", secret, "null"), 422],
      ["an array of strings", post("/smes", secret, JSON.stringify({ clusterId: cluster.id, smes: ["x"] })), 422],
      ["no items", post("/smes", secret, JSON.stringify({ clusterId: cluster.id, smes: [] })), 422],
      [
        "too many items",
        post("/smes", secret, JSON.stringify({ clusterId: cluster.id, smes: Array.from({ length: 1001 }, () => item) })),
        422,
      ],
      ["a form body", post("/smes", secret, "a=b", { "Content-Type": "application/x-www-form-urlencoded" }), 415],
      ["3 MB", post("/smes", secret, JSON.stringify({ clusterId: cluster.id, smes: [{ ...item, notes: "x".repeat(3_000_000) }] })), 413],
      ["deep nesting", post("/smes", secret, `${"[".repeat(5000)}${"]".repeat(5000)}`), 422],
    ];
    for (const [label, request, status] of cases) {
      const res = await API_V1.writeSmes(request);
      expect(res.status, label).toBe(status);
      expect((await errorOf(res)).code, label).toBeTypeOf("string");
    }
    expect(await prisma.sme.count()).toBe(0);
  });
});
