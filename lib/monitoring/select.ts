import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE columns of one yearly outcome row: the cluster page (lib/monitoring/queries.ts),
 * the API (lib/api/outcomes.ts) and the outcome export (lib/exports/outcomes.ts) spread
 * it, so a new outcome field is added here once.
 */
export const OUTCOME_ROW_SELECT = {
  id: true,
  clusterId: true,
  year: true,
  smeCount: true,
  workerCount: true,
  productionValue: true,
  exportValue: true,
  exportSharePct: true,
  averageTurnover: true,
  source: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.ClusterOutcomeSelect;

export type OutcomeRow = Prisma.ClusterOutcomeGetPayload<{ select: typeof OUTCOME_ROW_SELECT }>;
