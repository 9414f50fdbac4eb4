import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSearch } from "@/lib/search/normalize";

export const SME_SORTS = ["name", "workers", "turnover", "updated"] as const;
export const SME_PAGE_SIZE = 25;
/** Counting a million rows exactly costs a second; past this the list says "more than". */
export const SME_COUNT_CAP = 10_000;
/**
 * A name search counts to a lower cap: each match is re-checked on its heap row, so
 * counting 10,000 of a common name's 11,000 matches cost ~140 ms nationally, against
 * ~15 ms for 1,000. Past a thousand matches the reader refines the search.
 */
export const SME_SEARCH_COUNT_CAP = 1_000;

/** The SME list's URL state; malformed values fall back to defaults. */
export const smeListParams = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  province: z.string().regex(/^\d{2}$/).optional().catch(undefined),
  cluster: z.string().max(40).optional().catch(undefined),
  gender: z.enum(["FEMALE", "MALE"]).optional().catch(undefined),
  sort: z.enum(SME_SORTS).default("name").catch("name"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type SmeListParams = z.infer<typeof smeListParams>;

/** The `where` of an SME list: scoped through the cluster access rule. Shared with exports. */
export function smeListWhere(user: Parameters<typeof clusterAccessWhere>[0], p: SmeListParams): Prisma.SmeWhereInput {
  return {
    AND: [
      { status: "ACTIVE" },
      { cluster: { AND: [clusterAccessWhere(user), { status: "ACTIVE" }, p.province ? { provinceCode: p.province } : {}] } },
      p.cluster ? { clusterId: p.cluster } : {},
      p.gender ? { ownerGender: p.gender } : {},
      p.q ? { searchText: { contains: normalizeSearch(p.q) } } : {},
    ],
  };
}

function smeOrderBy(p: SmeListParams): Prisma.SmeOrderByWithRelationInput[] {
  switch (p.sort) {
    case "workers":
      return [{ workerCount: p.dir }, { id: "asc" }];
    case "turnover":
      return [{ annualTurnover: { sort: p.dir, nulls: "last" } }, { id: "asc" }];
    case "updated":
      return [{ updatedAt: p.dir }, { id: "asc" }];
    default:
      return [{ businessName: p.dir }, { id: "asc" }];
  }
}

export async function listSmes(params: SmeListParams) {
  return listSmesFor(await requireUser("smes:read"), params);
}

/** The SME list for an already authorised user (listSmes; tests). */
export async function listSmesFor(user: Parameters<typeof clusterAccessWhere>[0], params: SmeListParams) {
  const where = smeListWhere(user, params);
  const cap = params.q ? SME_SEARCH_COUNT_CAP : SME_COUNT_CAP;
  const [counted, rows] = await Promise.all([
    prisma.sme.count({ where, take: cap + 1 }),
    prisma.sme.findMany({
      where,
      orderBy: smeOrderBy(params),
      skip: (params.page - 1) * SME_PAGE_SIZE,
      take: SME_PAGE_SIZE,
      select: {
        id: true,
        businessName: true,
        ownerName: true,
        workerCount: true,
        annualTurnover: true,
        nib: true,
        cluster: { select: { id: true, name: true, province: { select: { name: true } } } },
      },
    }),
  ]);
  const isCapped = counted > cap;
  const total = Math.min(counted, cap);
  return { total, isCapped, rows, pages: Math.max(1, Math.ceil(total / SME_PAGE_SIZE)) };
}

/** One SME with its move history, or null when absent or outside the user's clusters. */
export async function getSme(smeId: string) {
  const user = await requireUser("smes:read");
  return prisma.sme.findFirst({
    where: { AND: [{ id: smeId }, { cluster: clusterAccessWhere(user) }] },
    include: {
      cluster: { select: { id: true, name: true, status: true } },
      moves: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          createdAt: true,
          reason: true,
          fromCluster: { select: { id: true, name: true } },
          toCluster: { select: { id: true, name: true } },
          movedBy: { select: { name: true } },
        },
      },
    },
  });
}
