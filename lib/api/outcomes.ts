import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { text } from "@/lib/forms/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OUTCOME_SOURCES } from "@/lib/monitoring/schema";
import type { ApiContext, ApiResult } from "@/lib/api/handler";
import { decodeCursor, pageParams, pageSchema, toPage } from "@/lib/api/pagination";

export const outcomeQuerySchema = z.object({
  cluster: text().min(1).max(40).optional().meta({ description: "Only the outcomes of this centre (id)." }),
  year: z.coerce.number().int().min(1990).max(2100).optional().meta({ description: "Only this year." }),
  ...pageParams,
});

const money = text().nullable().meta({ description: "Whole Rupiah as a decimal string." });

export const outcomeSchema = z
  .object({
    id: text(),
    clusterId: text(),
    year: z.int(),
    smeCount: z.int(),
    workerCount: z.int(),
    productionValue: text().meta({ description: "Whole Rupiah per year, as a decimal string." }),
    exportValue: money,
    exportSharePct: z.int().nullable(),
    averageTurnover: money,
    source: z.enum(OUTCOME_SOURCES),
    version: z.int().meta({ description: "Send it back to update this year (optimistic concurrency)." }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Outcome" });
type ApiOutcome = z.infer<typeof outcomeSchema>;

export const outcomePageSchema = pageSchema(outcomeSchema, "OutcomePage");

export const OUTCOME_SELECT = {
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

export function toApiOutcome(r: Prisma.ClusterOutcomeGetPayload<{ select: typeof OUTCOME_SELECT }>): ApiOutcome {
  return {
    ...r,
    productionValue: r.productionValue.toString(),
    exportValue: r.exportValue?.toString() ?? null,
    averageTurnover: r.averageTurnover?.toString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Yearly outcomes of the centres the caller may see (the monitoring pages' rule), in id order. */
export async function listOutcomesApi(ctx: ApiContext): Promise<ApiResult> {
  const q = outcomeQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.clusterOutcome.findMany({
    where: {
      AND: [
        { cluster: clusterAccessWhere(ctx.user) },
        q.cluster ? { clusterId: q.cluster } : {},
        q.year ? { year: q.year } : {},
        after ? { id: { gt: after } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: OUTCOME_SELECT,
  });
  const page = toPage(rows, q.limit);
  return { body: { data: page.data.map(toApiOutcome), nextCursor: page.nextCursor } };
}
