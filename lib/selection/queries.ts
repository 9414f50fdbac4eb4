import "server-only";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";

export async function getSelectionDetail(clusterId: string) {
  await requireUser("selection:read");
  return prisma.cluster.findFirst({
    where: { id: clusterId, status: "ACTIVE" },
    select: {
      id: true,
      name: true,
      commodity: true,
      version: true,
      isDesignated: true,
      workerCount: true,
      exportSharePct: true,
      localMaterialSharePct: true,
      productionValue: true,
      judgementMarket: true,
      judgementEmployment: true,
      judgementLocal: true,
      judgementNote: true,
      province: { select: { name: true } },
      designations: {
        orderBy: { createdAt: "desc" },
        select: { id: true, isDesignated: true, reason: true, createdAt: true, decidedBy: { select: { name: true } } },
      },
    },
  });
}
