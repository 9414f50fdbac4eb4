import "server-only";
import { z } from "zod";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { clusterListWhere } from "@/lib/clusters/queries";
import { CLUSTER_PROFILE_SELECT, type ClusterProfileRow } from "@/lib/clusters/select";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import { prisma } from "@/lib/db";
import { text } from "@/lib/forms/text";
import { ApiRefusal } from "@/lib/api/errors";
import type { ApiContext, ApiResult } from "@/lib/api/handler";
import { pathId } from "@/lib/api/ids";
import { decodeCursor, pageParams, pageSchema, toPage } from "@/lib/api/pagination";

/** `GET /api/v1/clusters`: the list page's filters, strictly (a bad value is a 422, not "no filter"). */
export const clusterQuerySchema = z.object({
  province: text()
    .regex(/^\d{2}$/)
    .optional()
    .meta({ description: "Province code (BPS), two digits." }),
  commodity: text().trim().max(100).optional().meta({ description: "Part of the commodity, any case." }),
  stage: z.enum(STAGE_FILTERS).optional().meta({ description: "Current stage; NONE: not yet diagnosed." }),
  q: text().trim().max(100).optional().meta({ description: "Part of the name or commodity, any case or accents." }),
  ...pageParams,
});

const area = z.object({ code: text(), name: text() });

export const clusterSchema = z
  .object({
    id: text(),
    name: text(),
    commodity: text(),
    kbliCode: text().nullable(),
    province: area,
    regency: area.nullable(),
    yearEstablished: z.int().nullable(),
    workerCount: z.int(),
    productionValue: text().nullable().meta({ description: "Whole Rupiah per year, as a decimal string." }),
    exportSharePct: z.int().nullable(),
    localMaterialSharePct: z.int().nullable(),
    isDesignated: z.boolean(),
    currentStage: z.enum(["SURVIVAL", "ADVANCE", "MATURE"]).nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Cluster" });
type ApiCluster = z.infer<typeof clusterSchema>;

export const clusterDetailSchema = clusterSchema
  .extend({
    activeSmeCount: z.int(),
    consultants: z.array(z.object({ id: text(), name: text() })),
  })
  .meta({ id: "ClusterDetail" });

export const clusterPageSchema = pageSchema(clusterSchema, "ClusterPage");

function toApiCluster(row: ClusterProfileRow): ApiCluster {
  return { ...row, productionValue: row.productionValue?.toString() ?? null, updatedAt: row.updatedAt.toISOString() };
}

export async function listClustersApi(ctx: ApiContext): Promise<ApiResult> {
  const q = clusterQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.cluster.findMany({
    where: { AND: [await clusterListWhere(ctx.user, q), after ? { id: { gt: after } } : {}] },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: CLUSTER_PROFILE_SELECT,
  });
  const page = toPage(rows, q.limit);
  return { body: { data: page.data.map(toApiCluster), nextCursor: page.nextCursor } };
}

/** One cluster the caller may see (archived ones too, as on the pages); another consultant's is 404. */
export async function getClusterApi(ctx: ApiContext): Promise<ApiResult> {
  const id = pathId(ctx.params, "clusterId");
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id }, clusterAccessWhere(ctx.user)] },
    select: {
      ...CLUSTER_PROFILE_SELECT,
      assignments: { select: { consultant: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!cluster) throw new ApiRefusal("NOT_FOUND");
  const activeSmeCount = await prisma.sme.count({ where: { clusterId: cluster.id, status: "ACTIVE" } });
  const { assignments, ...row } = cluster;
  return { body: { ...toApiCluster(row), activeSmeCount, consultants: assignments.map((a) => a.consultant) } };
}
