import "server-only";
import { cache } from "react";
import { z } from "zod";
import { provinceParam, regencyParam, codeParam } from "@/lib/forms/list-params";
import { text } from "@/lib/forms/text";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { CLUSTER_PROFILE_SELECT, CLUSTER_ROW_SELECT } from "@/lib/clusters/select";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import { normalizeSearch } from "@/lib/search/normalize";
import { clustersHeldBackBy } from "@/lib/clusters/held-back";

const CLUSTER_SORTS = ["name", "province", "workers", "updated"] as const;
const PAGE_SIZE = 25;

/** The list's URL state. Anything malformed falls back to a default, never an error page. */
export const clusterListParams = z.object({
  q: text().trim().max(100).optional().catch(undefined),
  province: provinceParam,
  regency: regencyParam,
  commodity: text().trim().max(100).optional().catch(undefined),
  stage: z.enum(STAGE_FILTERS).optional().catch(undefined),
  // Instrument version of an approved diagnosis (the dashboard's drill-down filter).
  instrument: codeParam,
  // An indicator holding the cluster back in its latest approved diagnosis (the dashboard's "holds back" drill-down).
  holdsBack: codeParam,
  sort: z.enum(CLUSTER_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type ClusterListParams = z.infer<typeof clusterListParams>;

/**
 * THE order of the /clusters list, used by the list and its export (which pages through it
 * with an id cursor, so every order ends with the id).
 */
export function clusterListOrder(p: Pick<ClusterListParams, "sort" | "dir">): Prisma.ClusterOrderByWithRelationInput[] {
  switch (p.sort) {
    case "province":
      return [{ province: { name: p.dir } }, { name: "asc" }, { id: "asc" }];
    case "workers":
      return [{ workerCount: p.dir }, { id: "asc" }];
    case "updated":
      return [{ updatedAt: p.dir }, { id: "asc" }];
    default:
      return [{ name: p.dir }, { id: "asc" }];
  }
}

/** The list's filters: what `clusterListWhere` reads (sorting and paging are not filters). */
export const CLUSTER_FILTER_KEYS = ["q", "province", "regency", "commodity", "stage", "instrument", "holdsBack"] as const;
export type ClusterListFilters = Partial<Pick<ClusterListParams, (typeof CLUSTER_FILTER_KEYS)[number]>>;

/**
 * THE `where` of the /clusters list: the access rule, active clusters, and the filters.
 * The list, its CSV/XLSX export and the SME move search all use it, so they cannot disagree.
 */
export async function clusterListWhere(user: Pick<SessionUser, "id" | "role">, p: ClusterListFilters): Promise<Prisma.ClusterWhereInput> {
  const heldBack = p.holdsBack ? await clustersHeldBackBy(p.holdsBack, p.instrument) : null;
  return {
    AND: [
      clusterAccessWhere(user),
      { status: "ACTIVE" },
      p.province ? { provinceCode: p.province } : {},
      p.stage ? (p.stage === "NONE" ? { currentStage: null } : { currentStage: p.stage }) : {},
      // Trigram-indexed, accent- and case-insensitive (lib/search/normalize.ts).
      p.q ? { searchText: { contains: normalizeSearch(p.q) } } : {},
      p.regency ? { regencyCode: p.regency } : {},
      p.commodity ? { commodity: { contains: p.commodity, mode: "insensitive" } } : {},
      p.instrument ? { diagnoses: { some: { status: "APPROVED", instrumentVersion: p.instrument } } } : {},
      heldBack ? { id: { in: heldBack } } : {},
    ],
  };
}

export async function listClusters(params: ClusterListParams) {
  const user = await requireUser("clusters:read");
  const where = await clusterListWhere(user, params);
  // The SME counts are fetched for the page's 25 clusters only: Prisma's `_count`
  // here would join an aggregate of the whole sme table (1M rows nationally).
  const [total, page] = await Promise.all([
    prisma.cluster.count({ where }),
    prisma.cluster.findMany({
      where,
      orderBy: clusterListOrder(params),
      skip: (params.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { ...CLUSTER_ROW_SELECT, isDesignated: true },
    }),
  ]);
  const smeCounts = await countSmes(page.map((r) => r.id));
  const rows = page.map((r) => ({ ...r, _count: { smes: smeCounts.get(r.id) ?? 0 } }));
  return { total, rows, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** SMEs (all statuses) per cluster, for a page of already access-checked clusters. */
async function countSmes(clusterIds: string[]): Promise<Map<string, number>> {
  if (!clusterIds.length) return new Map();
  const groups = await prisma.sme.groupBy({ by: ["clusterId"], where: { clusterId: { in: clusterIds } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.clusterId, g._count._all]));
}

/**
 * One cluster, or null when it does not exist or the user may not see it. Cached per
 * request: the page and its metadata both ask for it.
 */
export const getCluster = cache(async (clusterId: string) => {
  const user = await requireUser("clusters:read");
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterAccessWhere(user)] },
    select: {
      ...CLUSTER_PROFILE_SELECT,
      contactName: true,
      contactPhone: true,
      notes: true,
      status: true,
      district: { select: { name: true } },
      village: { select: { name: true } },
      bdsProvider: { select: { name: true } },
      assignments: { select: { consultant: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!cluster) return null;
  // Asked for separately, by the id the access rule has just let through: as a nested
  // select Prisma reads every active SME of the cluster (no LIMIT; `take` is applied
  // in JavaScript), which is thousands of rows for the large sentra.
  const smeWhere: Prisma.SmeWhereInput = { clusterId: cluster.id, status: "ACTIVE" };
  const [smes, activeSmes] = await Promise.all([
    prisma.sme.findMany({
      where: smeWhere,
      orderBy: { businessName: "asc" },
      take: 100,
      select: { id: true, businessName: true, ownerName: true, workerCount: true, annualTurnover: true },
    }),
    prisma.sme.count({ where: smeWhere }),
  ]);
  return { ...cluster, smes, _count: { smes: activeSmes } };
});

export async function listProvinces() {
  return prisma.province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}
