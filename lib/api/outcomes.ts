import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { text } from "@/lib/forms/text";
import { OUTCOME_ROW_SELECT, type OutcomeRow } from "@/lib/monitoring/select";
import { saveOutcomeBatch } from "@/lib/monitoring/save-outcome-batch";
import { outcomeFieldsSchema } from "@/lib/monitoring/schema";
import { OUTCOME_SOURCES } from "@/lib/monitoring/codes";
import { readJsonBody } from "@/lib/api/body";
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

function toApiOutcome(r: OutcomeRow): ApiOutcome {
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
    select: OUTCOME_ROW_SELECT,
  });
  const page = toPage(rows, q.limit);
  return { body: { data: page.data.map(toApiOutcome), nextCursor: page.nextCursor } };
}

const MAX_OUTCOME_ITEMS = 100;
const OUTCOME_KEYS = [...Object.keys(outcomeFieldsSchema.shape), "version"];

/** The envelope: which centre, and 1–100 objects with only the outcome form's fields; the fields are checked by THE outcome schema. */
const outcomeEnvelopeSchema = z.object({
  clusterId: text().min(1).max(40),
  outcomes: z
    .array(z.strictObject(Object.fromEntries(OUTCOME_KEYS.map((k) => [k, z.union([text(), z.number(), z.null()]).optional()]))))
    .min(1)
    .max(MAX_OUTCOME_ITEMS, "tooManyOutcomes"),
});

/** The documented request body: the envelope, with each item described by the outcome schema itself. */
export const outcomeBatchBodySchema = z
  .object({
    clusterId: text().min(1).max(40).meta({ description: "The centre all years of the batch belong to." }),
    outcomes: z
      .array(
        outcomeFieldsSchema
          .extend({
            version: z
              .int()
              .positive()
              .nullable()
              .optional()
              .meta({ description: "Leave out (or null) for a new year; the year's `version` (GET /outcomes) to update it." }),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_OUTCOME_ITEMS),
  })
  .meta({ id: "OutcomeBatch" });

export const outcomeBatchResultSchema = z
  .object({
    created: z.int(),
    updated: z.int(),
    outcomes: z.array(z.object({ index: z.int(), id: text(), year: z.int(), version: z.int(), result: z.enum(["created", "updated"]) })),
  })
  .meta({ id: "OutcomeBatchResult" });

/** `POST /outcomes`: the monitoring form's own write (lib/monitoring/save-outcome-batch.ts), all or nothing. */
export async function writeOutcomesApi(ctx: ApiContext): Promise<ApiResult> {
  const body = outcomeEnvelopeSchema.parse(await readJsonBody(ctx.request));
  const result = await saveOutcomeBatch({
    actor: ctx.user,
    clusterId: body.clusterId,
    items: body.outcomes,
    source: { tokenId: ctx.token.id },
  });
  return { body: result };
}
