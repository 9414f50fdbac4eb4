import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { text } from "@/lib/forms/text";
import { apiTranslator } from "@/lib/api/messages";
import { ApiRefusal } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/body";
import type { ApiContext, ApiResult } from "@/lib/api/handler";
import { decodeCursor, pageParams, pageSchema, toPage } from "@/lib/api/pagination";
import { rowIssueMessage } from "@/lib/imports/messages";
import { writeSmeBatch, type SmeBatchItem } from "@/lib/imports/write-sme-batch";
import { smeFieldsSchema } from "@/lib/smes/schema";
import { smeListWhere } from "@/lib/smes/queries";
import { SME_RECORD_SELECT, type SmeRecordRow } from "@/lib/smes/select";

export const smeQuerySchema = z.object({
  cluster: text().min(1).max(40).optional().meta({ description: "Only the SMEs of this centre (id)." }),
  province: text()
    .regex(/^\d{2}$/)
    .optional()
    .meta({ description: "Province code of the SME's centre." }),
  gender: z.enum(["FEMALE", "MALE"]).optional().meta({ description: "Owner's gender." }),
  q: text().trim().max(100).optional().meta({ description: "Part of the business or owner name, any case or accents." }),
  ...pageParams,
});

const money = text().nullable().meta({ description: "Whole Rupiah as a decimal string." });

export const smeSchema = z
  .object({
    id: text(),
    clusterId: text(),
    businessName: text(),
    ownerName: text(),
    ownerGender: z.enum(["FEMALE", "MALE"]).nullable(),
    nib: text().nullable(),
    legalForm: text().nullable(),
    yearStarted: z.int().nullable(),
    workerCount: z.int(),
    annualTurnover: money,
    assets: money,
    mainProducts: text().nullable(),
    subcontractTo: text().nullable(),
    phone: text().nullable(),
    version: z.int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Sme" });
type ApiSme = z.infer<typeof smeSchema>;

export const smePageSchema = pageSchema(smeSchema, "SmePage");

const MAX_BATCH_ITEMS = 1_000;
const SME_KEYS = Object.keys(smeFieldsSchema.shape);

/**
 * The envelope of a batch: which centre, and 1–1,000 objects with only the SME form's
 * fields. The fields themselves are checked by THE SME schema, row by row, in the
 * import's steps (lib/imports/write-sme-batch.ts).
 */
const batchEnvelopeSchema = z.object({
  clusterId: text().min(1).max(40),
  smes: z
    .array(z.strictObject(Object.fromEntries(SME_KEYS.map((k) => [k, z.union([text(), z.number(), z.null()]).optional()]))))
    .min(1)
    .max(MAX_BATCH_ITEMS, "tooManyItems"),
});

/** The documented request body: the envelope, with each item described by the SME schema itself. */
export const smeBatchBodySchema = z
  .object({
    clusterId: text().min(1).max(40).meta({ description: "The centre all SMEs of the batch belong to." }),
    smes: z.array(smeFieldsSchema.strict()).min(1).max(MAX_BATCH_ITEMS),
  })
  .meta({ id: "SmeBatch" });

export const smeBatchResultSchema = z
  .object({
    created: z.int(),
    updated: z.int(),
    smes: z.array(z.object({ index: z.int(), id: text(), result: z.enum(["created", "updated"]) })),
  })
  .meta({ id: "SmeBatchResult" });

function toApiSme(r: SmeRecordRow): ApiSme {
  return {
    ...r,
    annualTurnover: r.annualTurnover?.toString() ?? null,
    assets: r.assets?.toString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Active SMEs of active centres the caller may see (the SME list's rule), in id order. */
export async function listSmesApi(ctx: ApiContext): Promise<ApiResult> {
  const q = smeQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const where = smeListWhere(ctx.user, { ...q, sort: "name", dir: "asc", page: 1 });
  const rows = await prisma.sme.findMany({
    where: { AND: [where, after ? { id: { gt: after } } : {}] },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: SME_RECORD_SELECT,
  });
  const page = toPage(rows, q.limit);
  return { body: { data: page.data.map(toApiSme), nextCursor: page.nextCursor } };
}

export async function writeSmesApi(ctx: ApiContext): Promise<ApiResult> {
  const body = batchEnvelopeSchema.parse(await readJsonBody(ctx.request));
  const result = await writeSmeBatch({
    actor: ctx.user,
    clusterId: body.clusterId,
    items: body.smes as SmeBatchItem[],
    source: { tokenId: ctx.token.id, requestId: ctx.request.headers.get("x-request-id") ?? undefined },
  });
  if (!result.ok) {
    const tImports = apiTranslator(ctx.locale, "imports");
    const tErrors = apiTranslator(ctx.locale, "errors");
    const fieldErrors: Record<string, string[]> = {};
    for (const row of result.rows)
      for (const issue of row.issues)
        (fieldErrors[`smes.${row.line}.${issue.field ?? "_row"}`] ??= []).push(rowIssueMessage(issue, tImports, tErrors));
    throw new ApiRefusal("INVALID_INPUT", fieldErrors);
  }
  const { ok: _ok, ...summary } = result;
  return { body: summary };
}
