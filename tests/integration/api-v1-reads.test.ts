import { describe, expect, it } from "vitest";
import { API_V1 } from "@/lib/api/routes";
import { createToken } from "@/lib/tokens/create-token";
import type { SessionUser } from "@/lib/auth/session";
import type { Stage } from "@/lib/generated/prisma/client";
import { assign, makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

const BASE = "http://sentra.test/api/v1";

async function tokenFor(actor: SessionUser, scopes: string[] = ["read"]) {
  return (await createToken({ actor, input: { name: "sync", scopes, expiresInDays: "30" } })).secret;
}

function get(path: string, secret: string, headers: Record<string, string> = {}) {
  return new Request(`${BASE}${path}`, { headers: { Authorization: `Bearer ${secret}`, ...headers } });
}

const clusterRoute = (id: string) => ({ params: Promise.resolve({ clusterId: id }) });

async function makeDiagnosis(clusterId: string, assessorId: string, status: "DRAFT" | "SUBMITTED" | "APPROVED", stage: Stage | null) {
  return prisma.diagnosis.create({
    data: {
      clusterId,
      assessorId,
      instrumentCode: "SENTRA",
      instrumentVersion: "2026.1",
      status,
      resultStage: stage,
      growthScore: stage ? 3.25 : null,
      actionScore: stage ? 2.5 : null,
      approvedAt: status === "APPROVED" ? new Date("2026-05-01T00:00:00Z") : null,
      scores:
        status === "APPROVED"
          ? {
              create: [
                { clusterId, groupCode: "G2", score: 2.5, holdsBack: true },
                { clusterId, groupCode: "G1", score: 4 },
                { clusterId, groupCode: "G1", indicatorCode: "G1.1", score: 4, level: 4 },
              ],
            }
          : undefined,
    },
  });
}

type Page<T> = { data: T[]; nextCursor: string | null };

describe("GET /api/v1/diagnoses", () => {
  it("lists approved results only, with stage, scores by group and instrument version; a consultant sees only assigned centres", async () => {
    const staff = await actorWithRole("STAFF");
    const mine = await makeCluster(prisma, { name: "Sentra Batik Laweyan" });
    const other = await makeCluster(prisma, { name: "Sentra Perak Kotagede" });
    const approved = await makeDiagnosis(mine.id, staff.id, "APPROVED", "ADVANCE");
    await makeDiagnosis(mine.id, staff.id, "SUBMITTED", null);
    await makeDiagnosis(mine.id, staff.id, "DRAFT", null);
    const hidden = await makeDiagnosis(other.id, staff.id, "APPROVED", "MATURE");
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, mine.id);
    const secret = await tokenFor(consultant);

    const res = await API_V1.listDiagnoses(get("/diagnoses", secret));
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page<Record<string, unknown>>;
    expect(page.data).toEqual([
      {
        id: approved.id,
        clusterId: mine.id,
        instrumentCode: "SENTRA",
        instrumentVersion: "2026.1",
        role: "PRIMARY",
        stage: "ADVANCE",
        growthScore: 3.25,
        actionScore: 2.5,
        approvedAt: "2026-05-01T00:00:00.000Z",
        groupScores: [
          { groupCode: "G1", score: 4, holdsBack: false },
          { groupCode: "G2", score: 2.5, holdsBack: true },
        ],
      },
    ]);
    expect(page.nextCursor).toBeNull();

    const perCluster = (await (
      await API_V1.listClusterDiagnoses(get(`/clusters/${mine.id}/diagnoses`, secret), clusterRoute(mine.id))
    ).json()) as Page<{ id: string }>;
    expect(perCluster.data.map((d) => d.id)).toEqual([approved.id]);
    const notMine = await API_V1.listClusterDiagnoses(get(`/clusters/${other.id}/diagnoses`, secret), clusterRoute(other.id));
    expect(notMine.status).toBe(404);
    expect(JSON.stringify(await notMine.json())).not.toContain(hidden.id);
    // Filtering by another's centre is an empty list, never its rows.
    const filtered = (await (await API_V1.listDiagnoses(get(`/diagnoses?cluster=${other.id}`, secret))).json()) as Page<unknown>;
    expect(filtered.data).toEqual([]);
  });

  it("filters by stage and instrument version, pages by cursor, refuses a bad filter with a field error", async () => {
    const staff = await actorWithRole("STAFF");
    const cluster = await makeCluster(prisma);
    const ids = [];
    for (const stage of ["SURVIVAL", "ADVANCE", "ADVANCE"] as const)
      ids.push((await makeDiagnosis(cluster.id, staff.id, "APPROVED", stage)).id);
    const secret = await tokenFor(await actorWithRole("MANAGER"));
    const advance = (await (await API_V1.listDiagnoses(get("/diagnoses?stage=ADVANCE", secret))).json()) as Page<{ stage: string }>;
    expect(advance.data.map((d) => d.stage)).toEqual(["ADVANCE", "ADVANCE"]);
    const none = (await (await API_V1.listDiagnoses(get("/diagnoses?instrumentVersion=1999.1", secret))).json()) as Page<unknown>;
    expect(none.data).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = (await (
        await API_V1.listDiagnoses(get(`/diagnoses?limit=2${cursor ? `&cursor=${cursor}` : ""}`, secret))
      ).json()) as Page<{
        id: string;
      }>;
      seen.push(...page.data.map((d) => d.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...ids].sort());

    const bad = await API_V1.listDiagnoses(get("/diagnoses?stage=GROWING", secret, { "Accept-Language": "en" }));
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(body.error.fieldErrors)).toEqual(["stage"]);
  });

  it("needs the read scope, and answers 304 to its own ETag", async () => {
    const staff = await actorWithRole("STAFF");
    const writeOnly = await tokenFor(staff, ["smes:write"]);
    expect((await API_V1.listDiagnoses(get("/diagnoses", writeOnly))).status).toBe(403);
    const secret = await tokenFor(staff);
    const first = await API_V1.listDiagnoses(get("/diagnoses", secret));
    const etag = first.headers.get("etag")!;
    expect((await API_V1.listDiagnoses(get("/diagnoses", secret, { "If-None-Match": etag }))).status).toBe(304);
  });
});

describe("GET /api/v1/outcomes", () => {
  it("lists yearly outcomes with money as strings and the version to update with; a consultant sees only assigned centres", async () => {
    const staff = await actorWithRole("STAFF");
    const mine = await makeCluster(prisma);
    const other = await makeCluster(prisma);
    const base = { smeCount: 40, workerCount: 300, source: "SURVEY" as const, recordedById: staff.id };
    await prisma.clusterOutcome.create({
      data: { ...base, clusterId: mine.id, year: 2025, productionValue: 12_500_000_000n, exportValue: 9_007_199_254_740_993n },
    });
    await prisma.clusterOutcome.create({ data: { ...base, clusterId: mine.id, year: 2026, productionValue: 0n } });
    await prisma.clusterOutcome.create({ data: { ...base, clusterId: other.id, year: 2025, productionValue: 1n } });
    const consultant = await actorWithRole("CONSULTANT");
    await assign(prisma, consultant.id, mine.id);
    const secret = await tokenFor(consultant);

    const page = (await (await API_V1.listOutcomes(get("/outcomes", secret))).json()) as Page<Record<string, unknown>>;
    expect(page.data.map((o) => [o.clusterId, o.year]).sort()).toEqual([
      [mine.id, 2025],
      [mine.id, 2026],
    ]);
    const y2025 = page.data.find((o) => o.year === 2025)!;
    expect(y2025).toMatchObject({ productionValue: "12500000000", exportValue: "9007199254740993", averageTurnover: null, version: 1 });

    const filtered = (await (await API_V1.listOutcomes(get(`/outcomes?cluster=${mine.id}&year=2026`, secret))).json()) as Page<{
      year: number;
    }>;
    expect(filtered.data.map((o) => o.year)).toEqual([2026]);
    const bad = await API_V1.listOutcomes(get("/outcomes?year=20x6", secret));
    expect(bad.status).toBe(422);
  });
});
