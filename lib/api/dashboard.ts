import "server-only";
import { z } from "zod";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import { loadDatasets } from "@/lib/dashboard/queries";
import { STAGE_KEYS } from "@/lib/dashboard/stages";
import { text } from "@/lib/forms/text";
import type { ApiContext, ApiResult } from "@/lib/api/handler";

/** The dashboard's filters, strictly: the page falls back to "no filter" on a bad value, the API answers 422. */
export const dashboardQuerySchema = z.object({
  province: text()
    .regex(/^\d{2}$/)
    .optional()
    .meta({ description: "Province code (BPS), two digits." }),
  regency: text()
    .regex(/^\d{2}\.\d{2}$/)
    .optional()
    .meta({ description: "Regency code (BPS), `PP.RR`." }),
  commodity: text().trim().min(1).max(100).optional().meta({ description: "Part of the commodity, any case." }),
  stage: z.enum(STAGE_FILTERS).optional().meta({ description: "Current stage; NONE: not yet diagnosed." }),
  year: z.coerce.number().int().min(1990).max(2100).optional().meta({ description: "Year of diagnosis." }),
  instrument: text()
    .trim()
    .regex(/^[\w.-]{1,40}$/)
    .optional()
    .meta({ description: "Instrument version of the diagnoses." }),
});

const counts = z.object(Object.fromEntries(STAGE_KEYS.map((k) => [k, z.int()])) as Record<(typeof STAGE_KEYS)[number], z.ZodInt>);
const slice = z.object({ key: text(), label: text(), total: z.int(), counts });

export const stageOverviewSchema = z
  .object({
    total: z.int().meta({ description: "Active centres the token's owner may see, after the filters." }),
    national: z.array(z.object({ stage: z.enum(STAGE_KEYS), count: z.int(), share: z.number() })),
    byProvince: z.array(slice).meta({ description: "Every province (key: BPS code), zero rows included." }),
    byCommodity: z.array(slice).meta({ description: "Commodities with at least one centre, largest first." }),
    asOf: z.iso.datetime().meta({ description: "When these numbers were true." }),
  })
  .meta({ id: "StageOverview" });

/**
 * Active centres by current stage, nationally, by province and by commodity: the
 * dashboard's own loader and cache (lib/dashboard/queries.ts) with the token owner's
 * scope, so a consultant's token counts only the assigned centres.
 */
export async function getStageOverviewApi(ctx: ApiContext): Promise<ApiResult> {
  const q = dashboardQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const { overview } = await loadDatasets(ctx.user, { ...q, measure: "matureShare" }, ["overview"]);
  return { body: { ...overview.data, asOf: overview.asOf.toISOString() } };
}
