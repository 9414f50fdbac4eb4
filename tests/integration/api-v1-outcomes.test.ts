import { describe, expect, it } from "vitest";
import { API_V1 } from "@/lib/api/routes";
import { createToken } from "@/lib/tokens/create-token";
import type { SessionUser } from "@/lib/auth/session";
import { assign, makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const BASE = "http://sentra.test/api/v1";

async function tokenFor(actor: SessionUser, scopes = ["outcomes:write"]) {
  return (await createToken({ actor, input: { name: "sync", scopes, expiresInDays: "30" } })).secret;
}

const post = (secret: string, body: unknown, lang = "en") =>
  API_V1.writeOutcomes(
    new Request(`${BASE}/outcomes`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { Authorization: `Bearer ${secret}`, "Content-Type": "application/json", "Accept-Language": lang },
    }),
  );

const year = (y: number, extra: Record<string, unknown> = {}) => ({
  year: y,
  smeCount: 40,
  workerCount: 310,
  productionValue: "12500000000",
  source: "SURVEY",
  ...extra,
});

/** The year the batches meet already stored (version 1). */
const storedYear2024 = (clusterId: string, recordedById: string) =>
  prisma.clusterOutcome.create({
    data: { clusterId, year: 2024, smeCount: 30, workerCount: 200, productionValue: 1n, source: "BPS", recordedById },
  });

type ErrorBody = { error: { code: string; fieldErrors?: Record<string, string[]> } };

describe("POST /api/v1/outcomes", () => {
  it("creates new years and updates a year with the version read, with the form's audit rows and one batch row naming the token", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma);
    const existing = await storedYear2024(cluster.id, staff.id);
    const { id: tokenId, secret } = await createToken({
      actor: staff,
      input: { name: "sync", scopes: ["outcomes:write"], expiresInDays: "30" },
    });

    const res = await post(secret, {
      clusterId: cluster.id,
      outcomes: [year(2025, { exportValue: 9_000_000, averageTurnover: "312500000" }), year(2024, { version: existing.version })],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      created: number;
      updated: number;
      outcomes: Array<{ year: number; version: number; result: string }>;
    };
    expect(body).toMatchObject({ created: 1, updated: 1 });
    expect(body.outcomes.map((o) => [o.year, o.result, o.version])).toEqual([
      [2025, "created", 1],
      [2024, "updated", 2],
    ]);
    const rows = await prisma.clusterOutcome.findMany({ where: { clusterId: cluster.id }, orderBy: { year: "asc" } });
    expect(rows.map((r) => [r.year, r.productionValue, r.exportValue, r.recordedById])).toEqual([
      [2024, 12_500_000_000n, null, staff.id],
      [2025, 12_500_000_000n, 9_000_000n, staff.id],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { action: { startsWith: "outcome." } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action).sort()).toEqual(["outcome.api_batch", "outcome.create", "outcome.update"]);
    expect(audit.find((a) => a.action === "outcome.api_batch")?.after).toMatchObject({ tokenId, items: 2, created: 1, updated: 1 });
  });

  it("is all or nothing: an invalid item, a year twice, a stale version or an unknown year's version writes nothing", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma);
    const existing = await storedYear2024(cluster.id, staff.id);
    const secret = await tokenFor(staff);
    const snapshot = async () =>
      JSON.stringify(await prisma.clusterOutcome.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }), (_k, v: unknown) =>
        typeof v === "bigint" ? String(v) : v,
      );
    const before = await snapshot();

    const invalid = await post(secret, { clusterId: cluster.id, outcomes: [year(2025), year(2026, { smeCount: -1, source: "GUESS" })] });
    expect(invalid.status).toBe(422);
    expect(Object.keys(((await invalid.json()) as ErrorBody).error.fieldErrors!).sort()).toEqual([
      "outcomes.1.smeCount",
      "outcomes.1.source",
    ]);

    const twice = await post(secret, { clusterId: cluster.id, outcomes: [year(2025), year(2025)] });
    expect(twice.status).toBe(422);
    expect(((await twice.json()) as ErrorBody).error.fieldErrors).toEqual({
      "outcomes.1.year": ["This year is already in the batch (item 0)."],
    });

    // Another writer saved 2024 meanwhile: version 1 is stale (updatedAt is left out of the snapshot for this).
    await prisma.clusterOutcome.update({ where: { id: existing.id }, data: { version: 2 } });
    const stale = await post(secret, { clusterId: cluster.id, outcomes: [year(2025), year(2024, { version: 1 })] });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { "outcomes.1.version": [expect.stringMatching(/read the year again/)] },
    });

    const exists = await post(secret, { clusterId: cluster.id, outcomes: [year(2025), year(2024)] });
    expect(exists.status).toBe(409);
    expect(Object.keys(((await exists.json()) as ErrorBody).error.fieldErrors!)).toEqual(["outcomes.1.version"]);

    const unknownField = await post(secret, { clusterId: cluster.id, outcomes: [year(2025, { recordedById: staff.id })] });
    expect(unknownField.status).toBe(422);

    await prisma.clusterOutcome.update({ where: { id: existing.id }, data: { version: 1 } });
    expect(await snapshot()).toBe(before);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "outcome." } } })).toBe(0);
  });

  it("needs the outcomes:write scope and a role that writes outcomes; another consultant's centre is not found", async () => {
    const cluster = await makeCluster(prisma);
    const other = await makeCluster(prisma, { name: "Sentra Perak Kotagede" });
    const body = (clusterId: string) => ({ clusterId, outcomes: [year(2025)] });
    const staff = await actorWithRole("STAFF");
    expect((await post(await tokenFor(staff, ["read", "smes:write"]), body(cluster.id))).status).toBe(403);
    expect((await post(await tokenFor(await actorWithRole("MANAGER")), body(cluster.id))).status).toBe(403);

    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, cluster.id);
    const secret = await tokenFor(consultant);
    const hidden = await post(secret, body(other.id));
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(await hidden.json())).not.toContain("Kotagede");
    expect((await post(secret, body(cluster.id))).status).toBe(200);
    expect(await prisma.clusterOutcome.count({ where: { clusterId: other.id } })).toBe(0);
  });
});
