import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE profile columns of one centre: the detail page (lib/clusters/queries.ts), the
 * API (lib/api/clusters.ts) and the export (lib/exports/clusters.ts) spread it and add
 * only what they alone show.
 */
export const CLUSTER_PROFILE_SELECT = {
  id: true,
  name: true,
  commodity: true,
  kbliCode: true,
  yearEstablished: true,
  workerCount: true,
  productionValue: true,
  exportSharePct: true,
  localMaterialSharePct: true,
  isDesignated: true,
  currentStage: true,
  updatedAt: true,
  province: { select: { code: true, name: true } },
  regency: { select: { code: true, name: true } },
} as const satisfies Prisma.ClusterSelect;

export type ClusterProfileRow = Prisma.ClusterGetPayload<{ select: typeof CLUSTER_PROFILE_SELECT }>;

/** THE columns of a centre in a list (the /clusters list, "my centres"): each list adds only what it alone shows. */
export const CLUSTER_ROW_SELECT = {
  id: true,
  name: true,
  commodity: true,
  workerCount: true,
  currentStage: true,
  province: { select: { name: true } },
  regency: { select: { name: true } },
} as const satisfies Prisma.ClusterSelect;
