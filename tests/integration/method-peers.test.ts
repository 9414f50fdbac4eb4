import { describe, expect, it } from "vitest";
import { peerComparison, type PeerSubject } from "@/lib/diagnosis/peers";
import { makeCluster } from "@/prisma/factories";
import { actorWithRole, prisma } from "../support/db";

// Peers (issue #13): median and quartiles of other clusters' latest approved
// diagnoses on the same instrument version, per set, within the viewer's access;
// a set of fewer than five is counted but not shown as a statistic.

let n = 0;
async function approvedPeer(
  assessorId: string,
  opts: { commodity: string; provinceCode: string; growth: number; stage?: "SURVIVAL" | "ADVANCE" | "MATURE"; version?: string },
) {
  n += 1;
  const cluster = await makeCluster(prisma, { name: `Sentra Peer ${n}`, commodity: opts.commodity, provinceCode: opts.provinceCode });
  await approve(cluster.id, assessorId, opts);
  return cluster;
}

async function approve(
  clusterId: string,
  assessorId: string,
  opts: { growth: number; stage?: "SURVIVAL" | "ADVANCE" | "MATURE"; version?: string; approvedAt?: Date },
) {
  const d = await prisma.diagnosis.create({
    data: {
      clusterId,
      instrumentCode: "SENTRA-DIAG",
      instrumentVersion: opts.version ?? "2026.2",
      status: "APPROVED",
      assessorId,
      approvedAt: opts.approvedAt ?? new Date(),
      resultStage: opts.stage ?? "ADVANCE",
      growthScore: opts.growth,
      actionScore: opts.growth / 2,
    },
  });
  await prisma.diagnosisScore.create({
    data: { diagnosisId: d.id, clusterId, groupCode: "DEMAND_CONDITIONS", indicatorCode: null, score: opts.growth + 1 },
  });
}

/** The diagnosis the peers are compared with: a Batik centre in province 33, at ADVANCE, on SENTRA-DIAG 2026.2. */
const batikSubject = (clusterId: string): PeerSubject => ({
  diagnosisId: "x",
  clusterId,
  commodity: "Batik",
  provinceCode: "33",
  stage: "ADVANCE",
  instrumentCode: "SENTRA-DIAG",
  instrumentVersion: "2026.2",
});

describe("peerComparison", () => {
  it("gives quartiles per set in SQL, hides sets under five, and follows the viewer's access", async () => {
    const staff = await actorWithRole("STAFF");
    const consultant = await actorWithRole("CONSULTANT");
    const subject = await makeCluster(prisma, { name: "Sentra Subjek", commodity: "Batik", provinceCode: "33" });
    const peers = [];
    // Five batik peers in province 33 (growth 10..50) and one in 34 (60).
    for (const growth of [10, 20, 30, 40, 50]) peers.push(await approvedPeer(staff.id, { commodity: "Batik", provinceCode: "33", growth }));
    peers.push(await approvedPeer(staff.id, { commodity: "Batik", provinceCode: "34", growth: 60, stage: "MATURE" }));
    // Not peers: another version, and an archived cluster.
    await approvedPeer(staff.id, { commodity: "Batik", provinceCode: "33", growth: 99, version: "2026.1" });
    const archived = await approvedPeer(staff.id, { commodity: "Batik", provinceCode: "33", growth: 98 });
    await prisma.cluster.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });

    const about = batikSubject(subject.id);
    const sets = await peerComparison(staff, about);
    const commodity = sets.find((s) => s.set === "COMMODITY")!;
    expect(commodity.count).toBe(6);
    const growth = commodity.stats.find((s) => s.metric === "GROWTH_OPPORTUNITY")!;
    // percentile_cont over 10,20,30,40,50,60: q1 22.5, median 35, q3 47.5
    expect(growth).toMatchObject({ count: 6, q1: 22.5, median: 35, q3: 47.5 });
    expect(commodity.stats.find((s) => s.metric === "DEMAND_CONDITIONS")).toMatchObject({ median: 36 });
    expect(sets.find((s) => s.set === "PROVINCE")).toMatchObject({ count: 5 });
    // The subject is ADVANCE; the one MATURE peer is not in its stage set.
    expect(sets.find((s) => s.set === "STAGE")).toMatchObject({ count: 5 });

    // A consultant assigned to three of them sees a set of three: counted, not a statistic.
    for (const c of peers.slice(0, 3)) await prisma.consultantAssignment.create({ data: { consultantId: consultant.id, clusterId: c.id } });
    const scoped = await peerComparison(consultant, about);
    expect(scoped.find((s) => s.set === "COMMODITY")).toMatchObject({ count: 3, stats: [] });
  });

  it("counts a cluster by its latest approved diagnosis only: an older one at the subject's stage does not make it a stage peer", async () => {
    const staff = await actorWithRole("STAFF");
    const subject = await makeCluster(prisma, { name: "Sentra Subjek", commodity: "Batik", provinceCode: "33" });
    const earlier = new Date("2025-03-01T00:00:00Z");
    const later = new Date("2026-03-01T00:00:00Z");
    // Other commodity and province: peers only through the stage set.
    for (const growth of [41, 42, 43, 44, 45]) {
      // Mature before, Advance now: a stage peer, with its latest scores.
      const c = await makeCluster(prisma, { name: `Sentra Turun ${growth}`, commodity: "Kopi", provinceCode: "34" });
      await approve(c.id, staff.id, { stage: "MATURE", growth: 80, approvedAt: earlier });
      await approve(c.id, staff.id, { stage: "ADVANCE", growth, approvedAt: later });
    }
    for (const growth of [60, 61]) {
      // Advance before, Mature now: not a peer of an Advance cluster.
      const c = await makeCluster(prisma, { name: `Sentra Naik ${growth}`, commodity: "Kopi", provinceCode: "34" });
      await approve(c.id, staff.id, { stage: "ADVANCE", growth: 50, approvedAt: earlier });
      await approve(c.id, staff.id, { stage: "MATURE", growth, approvedAt: later });
    }
    const sets = await peerComparison(staff, batikSubject(subject.id));
    const stage = sets.find((s) => s.set === "STAGE")!;
    expect(stage.count).toBe(5);
    expect(stage.stats.find((s) => s.metric === "GROWTH_OPPORTUNITY")).toMatchObject({ count: 5, q1: 42, median: 43, q3: 44 });
    expect(stage.stats.find((s) => s.metric === "DEMAND_CONDITIONS")).toMatchObject({ count: 5, median: 44 });
  });
});
