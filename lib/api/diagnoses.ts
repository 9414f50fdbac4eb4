import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { diagnosisReadWhere } from "@/lib/diagnosis/access";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { text } from "@/lib/forms/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiRefusal } from "@/lib/api/errors";
import type { ApiContext, ApiResult } from "@/lib/api/handler";
import { pathId } from "@/lib/api/ids";
import { decodeCursor, pageParams, pageSchema, toPage } from "@/lib/api/pagination";

const STAGES = ["SURVIVAL", "ADVANCE", "MATURE"] as const;

export const diagnosisQuerySchema = z.object({
  cluster: text().min(1).max(40).optional().meta({ description: "Only the diagnoses of this centre (id)." }),
  stage: z.enum(STAGES).optional().meta({ description: "Only results with this stage." }),
  instrumentVersion: text().trim().min(1).max(40).optional().meta({ description: "Only diagnoses made with this instrument version." }),
  ...pageParams,
});

/** Query of the per-centre list: the centre comes from the path. */
export const clusterDiagnosisQuerySchema = diagnosisQuerySchema.omit({ cluster: true });

export const diagnosisSchema = z
  .object({
    id: text(),
    clusterId: text(),
    instrumentCode: text(),
    instrumentVersion: text(),
    role: z.enum(["PRIMARY", "SECOND"]).meta({ description: "SECOND: a blind second scoring of a primary diagnosis." }),
    stage: z.enum(STAGES).nullable(),
    growthScore: z.number().nullable(),
    actionScore: z.number().nullable(),
    approvedAt: z.iso.datetime().nullable(),
    groupScores: z
      .array(z.object({ groupCode: text(), score: z.number().nullable(), holdsBack: z.boolean() }))
      .meta({ description: "Score of each indicator group; holdsBack: the group keeps the centre at its stage." }),
  })
  .meta({ id: "Diagnosis" });
type ApiDiagnosis = z.infer<typeof diagnosisSchema>;

export const diagnosisPageSchema = pageSchema(diagnosisSchema, "DiagnosisPage");

const DIAGNOSIS_SELECT = {
  id: true,
  clusterId: true,
  instrumentCode: true,
  instrumentVersion: true,
  role: true,
  resultStage: true,
  growthScore: true,
  actionScore: true,
  approvedAt: true,
  scores: {
    where: { indicatorCode: null },
    orderBy: { groupCode: "asc" },
    select: { groupCode: true, score: true, holdsBack: true },
  },
} as const satisfies Prisma.DiagnosisSelect;

type DiagnosisRow = Prisma.DiagnosisGetPayload<{ select: typeof DIAGNOSIS_SELECT }>;

function toApiDiagnosis({ resultStage, approvedAt, scores, ...row }: DiagnosisRow): ApiDiagnosis {
  return { ...row, stage: resultStage, approvedAt: approvedAt?.toISOString() ?? null, groupScores: scores };
}

/** Approved diagnoses only: a draft or one under review is not a result. Row-level rule: diagnosisReadWhere. */
async function listApproved(ctx: ApiContext, q: z.infer<typeof clusterDiagnosisQuerySchema>, clusterId?: string): Promise<ApiResult> {
  const after = decodeCursor(q.cursor);
  const rows = await prisma.diagnosis.findMany({
    where: {
      AND: [
        diagnosisReadWhere(ctx.user),
        { status: "APPROVED" },
        clusterId ? { clusterId } : {},
        q.stage ? { resultStage: q.stage } : {},
        q.instrumentVersion ? { instrumentVersion: q.instrumentVersion } : {},
        after ? { id: { gt: after } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: DIAGNOSIS_SELECT,
  });
  const page = toPage(rows, q.limit);
  return { body: { data: page.data.map(toApiDiagnosis), nextCursor: page.nextCursor } };
}

export async function listDiagnosesApi(ctx: ApiContext): Promise<ApiResult> {
  const { cluster, ...q } = diagnosisQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  return listApproved(ctx, q, cluster);
}

/** The approved diagnoses of one centre; a centre the caller may not see is 404, not an empty list. */
export async function listClusterDiagnosesApi(ctx: ApiContext): Promise<ApiResult> {
  const clusterId = pathId(ctx.params, "clusterId");
  const q = clusterDiagnosisQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const visible = await prisma.cluster.count({ where: { AND: [{ id: clusterId }, clusterAccessWhere(ctx.user)] } });
  if (!visible) throw new ApiRefusal("NOT_FOUND");
  return listApproved(ctx, q, clusterId);
}
