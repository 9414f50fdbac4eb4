import "server-only";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Headline figures and the stage split, aggregated in the database and scoped to the user. */
export async function getOverview() {
  const user = await requireUser("dashboard:read");
  const where: Prisma.ClusterWhereInput = { AND: [clusterAccessWhere(user), { status: "ACTIVE" }] };
  const [totals, byStage, byProvince, smes] = await Promise.all([
    prisma.cluster.aggregate({ where, _count: { _all: true }, _sum: { workerCount: true, productionValue: true } }),
    prisma.cluster.groupBy({ by: ["currentStage"], where, _count: { _all: true } }),
    prisma.cluster.groupBy({ by: ["provinceCode"], where, _count: { _all: true }, orderBy: { _count: { provinceCode: "desc" } } }),
    prisma.sme.count({ where: { status: "ACTIVE", cluster: where } }),
  ]);
  const provinceNames = new Map(
    (await prisma.province.findMany({ where: { code: { in: byProvince.map((p) => p.provinceCode) } }, select: { code: true, name: true } })).map((p) => [p.code, p.name]),
  );
  const total = totals._count._all;
  const stages = (["SURVIVAL", "ADVANCE", "MATURE", "NONE"] as const).map((stage) => {
    const count = byStage.find((s) => (s.currentStage ?? "NONE") === stage)?._count._all ?? 0;
    return { stage, count, share: total === 0 ? 0 : count / total };
  });
  return {
    scope: user.role === "CONSULTANT" ? ("assigned" as const) : ("all" as const),
    totalClusters: total,
    totalSmes: smes,
    totalWorkers: totals._sum.workerCount ?? 0,
    totalProduction: totals._sum.productionValue ?? 0n,
    stages,
    provinces: byProvince.map((p) => ({ code: p.provinceCode, name: provinceNames.get(p.provinceCode) ?? p.provinceCode, count: p._count._all })),
    asOf: new Date(),
  };
}

export async function listMyCentres() {
  const user = await requireUser("centres:review");
  return prisma.cluster.findMany({
    where: { AND: [clusterAccessWhere(user), { status: "ACTIVE" }] },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      name: true,
      commodity: true,
      workerCount: true,
      currentStage: true,
      province: { select: { name: true } },
      regency: { select: { name: true } },
      _count: { select: { smes: true } },
    },
  });
}
