import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import { normalizeSearch } from "@/lib/search/normalize";

export const CLUSTER_SORTS = ["name", "province", "workers", "updated"] as const;
export const PAGE_SIZE = 25;

/** The list's URL state. Anything malformed falls back to a default, never an error page. */
export const clusterListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  province: z.string().regex(/^\d{2}$/).optional().catch(undefined),
  regency: z.string().regex(/^\d{2}\.\d{2}$/).optional().catch(undefined),
  commodity: z.string().trim().max(100).optional().catch(undefined),
  stage: z.enum(STAGE_FILTERS).optional().catch(undefined),
  sort: z.enum(CLUSTER_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type ClusterListParams = z.infer<typeof clusterListParams>;

function orderBy(p: ClusterListParams): Prisma.ClusterOrderByWithRelationInput[] {
  switch (p.sort) {
    case "province":
      return [{ province: { name: p.dir } }, { name: "asc" }];
    case "workers":
      return [{ workerCount: p.dir }, { id: "asc" }];
    case "updated":
      return [{ updatedAt: p.dir }, { id: "asc" }];
    default:
      return [{ name: p.dir }, { id: "asc" }];
  }
}

export async function listClusters(params: ClusterListParams) {
  const user = await requireUser("clusters:read");
  const where: Prisma.ClusterWhereInput = {
    AND: [
      clusterAccessWhere(user),
      { status: "ACTIVE" },
      params.province ? { provinceCode: params.province } : {},
      params.stage ? (params.stage === "NONE" ? { currentStage: null } : { currentStage: params.stage }) : {},
      // Trigram-indexed, accent- and case-insensitive (lib/search/normalize.ts).
      params.q ? { searchText: { contains: normalizeSearch(params.q) } } : {},
      params.regency ? { regencyCode: params.regency } : {},
      params.commodity ? { commodity: { contains: params.commodity, mode: "insensitive" } } : {},
    ],
  };
  const [total, rows] = await Promise.all([
    prisma.cluster.count({ where }),
    prisma.cluster.findMany({
      where,
      orderBy: orderBy(params),
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        commodity: true,
        workerCount: true,
        currentStage: true,
        isDesignated: true,
        province: { select: { name: true } },
        regency: { select: { name: true } },
        _count: { select: { smes: true } },
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** One cluster, or null when it does not exist or the user may not see it. */
export async function getCluster(clusterId: string) {
  const user = await requireUser("clusters:read");
  return prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterAccessWhere(user)] },
    select: {
      id: true,
      name: true,
      commodity: true,
      kbliCode: true,
      yearEstablished: true,
      workerCount: true,
      productionValue: true,
      exportSharePct: true,
      localMaterialSharePct: true,
      contactName: true,
      contactPhone: true,
      notes: true,
      status: true,
      isDesignated: true,
      currentStage: true,
      province: { select: { name: true } },
      regency: { select: { name: true } },
      district: { select: { name: true } },
      village: { select: { name: true } },
      bdsProvider: { select: { name: true } },
      assignments: { select: { consultant: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
      smes: {
        where: { status: "ACTIVE" },
        orderBy: { businessName: "asc" },
        take: 100,
        select: { id: true, businessName: true, ownerName: true, workerCount: true, annualTurnover: true },
      },
      _count: { select: { smes: { where: { status: "ACTIVE" } } } },
    },
  });
}

export async function listProvinces() {
  return prisma.province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}
