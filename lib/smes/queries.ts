import "server-only";
import { z } from "zod";
import { provinceParam } from "@/lib/forms/list-params";
import { text } from "@/lib/forms/text";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { getPool, prisma } from "@/lib/db";
import { SqlParams, clusterScopeSql } from "@/lib/clusters/access-sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSearch } from "@/lib/search/normalize";

const SME_SORTS = ["name", "workers", "turnover", "updated"] as const;
const SME_PAGE_SIZE = 25;
/** Counting a million rows exactly costs a second; past this the list says "more than". */
const SME_COUNT_CAP = 10_000;
/**
 * A name search counts to a lower cap: each match is re-checked on its heap row, so
 * counting 10,000 of a common name's 11,000 matches cost ~140 ms nationally, against
 * ~15 ms for 1,000. Past a thousand matches the reader refines the search.
 */
export const SME_SEARCH_COUNT_CAP = 1_000;

/** The SME list's URL state; malformed values fall back to defaults. */
export const smeListParams = z.object({
  q: text().trim().max(100).optional().catch(undefined),
  province: provinceParam,
  cluster: text().max(40).optional().catch(undefined),
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

/**
 * Pages of a common name in name order are read by walking the name index. PostgreSQL
 * estimates about a hundred matches for any `LIKE '%…%'`, so it always collects every
 * match through the trigram index and sorts them: ~100 ms for a name with 11,000
 * matches nationally, against ~20 ms walking `sme(status, businessName, id)` until the
 * page is full. The capped count says which case this is. Deep pages of a common name
 * walk further (page 40: ~300 ms), so only the first pages take the walk.
 */
const ORDERED_WALK_MAX_PAGE = 8;

const SME_ROW = {
  id: true,
  businessName: true,
  ownerName: true,
  workerCount: true,
  annualTurnover: true,
  nib: true,
  cluster: { select: { id: true, name: true, province: { select: { name: true } } } },
} as const satisfies Prisma.SmeSelect;

/**
 * How many SMEs a name search finds, counting at most cap + 1. In SQL because Prisma's
 * capped count orders its subquery by id, which walks the primary key until enough
 * matches turn up (~50–80 ms for a common name nationally); unordered, PostgreSQL stops
 * after cap + 1 rows of the trigram bitmap (~13 ms). The same conditions as
 * `smeListWhere`, with the access rule's SQL twin (lib/clusters/access-sql.ts);
 * tests/integration/sme-list.test.ts checks the two agree.
 */
async function cappedSearchCount(user: Pick<SessionUser, "id" | "role">, p: SmeListParams, cap: number): Promise<number> {
  const q = new SqlParams();
  const parts = [
    `s.status = 'ACTIVE'`,
    `c.status = 'ACTIVE'`,
    clusterScopeSql(user, q, "c.id"),
    // As Prisma's `contains`: the term goes into the pattern as it is.
    `s."searchText" LIKE '%' || ${q.p(normalizeSearch(p.q ?? ""))} || '%'`,
  ];
  if (p.province) parts.push(`c."provinceCode" = ${q.p(p.province)}`);
  if (p.cluster) parts.push(`s."clusterId" = ${q.p(p.cluster)}`);
  if (p.gender) parts.push(`s."ownerGender" = ${q.p(p.gender)}::"Gender"`);
  const { rows } = await getPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM sme s JOIN cluster c ON c.id = s."clusterId" WHERE ${parts.join(" AND ")} LIMIT ${q.p(cap + 1)}) AS matches`,
    q.values,
  );
  return rows[0]!.n;
}

/** The SME list for an already authorised user (listSmes; tests). */
export async function listSmesFor(user: Pick<SessionUser, "id" | "role">, params: SmeListParams) {
  const where = smeListWhere(user, params);
  const cap = params.q ? SME_SEARCH_COUNT_CAP : SME_COUNT_CAP;
  const page = { where, orderBy: smeOrderBy(params), skip: (params.page - 1) * SME_PAGE_SIZE, take: SME_PAGE_SIZE, select: SME_ROW };
  const count = () => (params.q ? cappedSearchCount(user, params, cap) : prisma.sme.count({ where, take: cap + 1 }));
  let counted: number;
  let rows: Prisma.SmeGetPayload<{ select: typeof SME_ROW }>[];
  if (params.q && params.sort === "name" && params.page <= ORDERED_WALK_MAX_PAGE) {
    counted = await count();
    rows =
      counted > cap
        ? await prisma.$transaction(async (tx) => {
            // For this statement only: no bitmap, so the planner walks the name index.
            await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
            return tx.sme.findMany(page);
          })
        : await prisma.sme.findMany(page);
  } else {
    [counted, rows] = await Promise.all([count(), prisma.sme.findMany(page)]);
  }
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
