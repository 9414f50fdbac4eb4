import "server-only";
import { z } from "zod";
import { provinceParam } from "@/lib/forms/list-params";
import { text } from "@/lib/forms/text";
import type { SessionUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/support/authorize";
import { getPool, prisma } from "@/lib/db";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import { liveLoan, shareOf, toInstitutionBalance, type InstitutionBalanceSqlRow } from "@/lib/financing/sql";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import type { FinancingChannel } from "@/lib/generated/prisma/enums";
import { LOAN_SELECT } from "@/lib/financing/select";

const INSTITUTION_SORTS = { type: `fi.type`, province: `p.name`, name: `fi.name` } as const;
const PAGE_SIZE = 25;

/** The institution list's URL state; anything malformed falls back to a default. */
export const institutionListParams = z.object({
  q: text().trim().max(100).optional().catch(undefined),
  type: z.enum(FINANCING_CHANNELS).optional().catch(undefined),
  province: provinceParam,
  sort: z.enum(["type", "province", "name"]).default("type").catch("type"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type InstitutionListParams = z.infer<typeof institutionListParams>;

/**
 * Institutions with their whole balance (all programmes): allocated, disbursed, remaining,
 * outstanding; filtered, sorted and one page of 25 cut in SQL (225 institutions nationally).
 */
export async function listInstitutions(viewer: SessionUser, input: Partial<InstitutionListParams>, asOf: Date = todayInJakarta()) {
  assertCan(viewer, "financing:read");
  const params = institutionListParams.parse(input);
  const order = [INSTITUTION_SORTS[params.sort], ...Object.values(INSTITUTION_SORTS).filter((c) => c !== INSTITUTION_SORTS[params.sort])];
  const dir = params.dir === "desc" ? "DESC" : "ASC";
  // The name search is a substring, case-insensitive; LIKE's wildcards in it are literal.
  const like = params.q ? `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await getPool().query<InstitutionBalanceSqlRow & { type: FinancingChannel; provinceCode: string; total: number }>(
    `WITH loan AS (
       SELECT d.id, d."institutionId", d.amount, d."dueOn", COALESCE((SELECT SUM(r.amount) FROM repayment r WHERE r."disbursementId" = d.id), 0) AS repaid
       FROM disbursement d WHERE ${liveLoan("d")})
     SELECT fi.id, fi.type::text AS type, fi.name, fi."provinceCode", p.name AS province, c.name AS cluster, c.id AS "clusterId",
            COALESCE((SELECT SUM(a.amount) FROM map_allocation a WHERE a."institutionId" = fi.id), 0)::text AS allocated,
            COALESCE(SUM(l.amount), 0)::text AS disbursed,
            COALESCE(SUM(l.repaid), 0)::text AS repaid,
            COALESCE(SUM(l.amount - l.repaid) FILTER (WHERE l."dueOn" < $3::date AND l.amount > l.repaid), 0)::text AS overdue,
            COUNT(l.id)::int AS loans,
            count(*) OVER ()::int AS total
     FROM financial_institution fi JOIN province p ON p.code = fi."provinceCode" LEFT JOIN cluster c ON c.id = fi."clusterId"
     LEFT JOIN loan l ON l."institutionId" = fi.id
     WHERE ($1::text IS NULL OR fi.type::text = $1) AND ($2::text IS NULL OR fi."provinceCode" = $2)
       AND ($4::text IS NULL OR fi.name ILIKE $4)
     GROUP BY fi.id, p.name, c.name, c.id
     ORDER BY ${order.map((c, i) => `${c} ${i === 0 ? dir : "ASC"}`).join(", ")}, fi.id
     LIMIT ${PAGE_SIZE} OFFSET ${(params.page - 1) * PAGE_SIZE}`,
    [params.type ?? null, params.province ?? null, isoDate(asOf), like],
  );
  const total = rows[0]?.total ?? (params.page > 1 ? await countInstitutions(params, like) : 0);
  return { rows: rows.map(toInstitutionBalance), total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** The total when the page is past the last one (no row carried it). */
async function countInstitutions(params: InstitutionListParams, like: string | null): Promise<number> {
  const { rows } = await getPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM financial_institution fi
     WHERE ($1::text IS NULL OR fi.type::text = $1) AND ($2::text IS NULL OR fi."provinceCode" = $2) AND ($3::text IS NULL OR fi.name ILIKE $3)`,
    [params.type ?? null, params.province ?? null, like],
  );
  return rows[0]?.n ?? 0;
}

const reversalFields = { id: true, reversalReason: true, createdAt: true } as const;

/**
 * One institution: its allocations, disbursements with repayments, and balances.
 * Reversed entries and their reversals are listed (marked) unless `hideReversed`;
 * the totals count them either way (a reversal's negated amount nets its original out).
 */
export async function getInstitution(
  viewer: SessionUser,
  institutionId: string,
  asOf: Date = todayInJakarta(),
  { hideReversed = false }: { hideReversed?: boolean } = {},
) {
  assertCan(viewer, "financing:read");
  const institution = await prisma.financialInstitution.findUnique({
    where: { id: institutionId },
    select: {
      id: true,
      type: true,
      name: true,
      provinceCode: true,
      clusterId: true,
      version: true,
      province: { select: { name: true } },
      cluster: { select: { id: true, name: true } },
      allocations: {
        orderBy: [{ allocatedOn: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          amount: true,
          allocatedOn: true,
          reversesId: true,
          reversalReason: true,
          reversedBy: { select: { ...reversalFields, allocatedOn: true } },
          channel: { select: { channel: true, programme: { select: { id: true, name: true } } } },
        },
      },
      disbursements: {
        orderBy: [{ disbursedOn: "desc" }, { createdAt: "desc" }],
        select: {
          ...LOAN_SELECT,
          termMonths: true,
          purpose: true,
          reversesId: true,
          reversalReason: true,
          reversedBy: { select: { ...reversalFields, disbursedOn: true } },
          sme: { select: { id: true, businessName: true, cluster: { select: { id: true, name: true } } } },
          repayments: {
            orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              amount: true,
              paidOn: true,
              reversesId: true,
              reversalReason: true,
              reversedBy: { select: { ...reversalFields, paidOn: true } },
            },
          },
        },
      },
    },
  });
  if (!institution) return null;
  const isCancelled = (e: { reversesId: string | null; reversedBy: unknown }) => e.reversesId !== null || e.reversedBy !== null;
  const allDisbursements = institution.disbursements.map((d) => {
    const repaid = d.repayments.reduce((s, r) => s + r.amount, 0n);
    const live = !isCancelled(d);
    const outstanding = live ? d.amount - repaid : 0n;
    return {
      ...d,
      repayments: hideReversed ? d.repayments.filter((r) => !isCancelled(r)) : d.repayments,
      isLive: live,
      repaid,
      outstanding,
      isOverdue: live && outstanding > 0n && d.dueOn < asOf,
    };
  });
  const allocated = institution.allocations.reduce((s, a) => s + a.amount, 0n);
  const disbursed = allDisbursements.reduce((s, d) => s + d.amount, 0n);
  const repaid = allDisbursements.reduce((s, d) => s + d.repaid, 0n);
  const overdue = allDisbursements.filter((d) => d.isOverdue).reduce((s, d) => s + d.outstanding, 0n);
  return {
    ...institution,
    allocations: hideReversed ? institution.allocations.filter((a) => !isCancelled(a)) : institution.allocations,
    disbursements: hideReversed ? allDisbursements.filter((d) => d.isLive) : allDisbursements,
    asOf,
    totals: {
      allocated,
      disbursed,
      remaining: allocated - disbursed,
      repaid,
      outstanding: disbursed - repaid,
      overdue,
      nplShare: shareOf(overdue, disbursed - repaid),
    },
  };
}

/** Choices for the allocation form: the programme's channels and the institutions of each type. */
export async function getAllocationOptions(viewer: SessionUser, programmeId: string) {
  assertCan(viewer, "financing:manage");
  const [channels, institutions] = await Promise.all([
    prisma.mapChannel.findMany({
      where: { programmeId },
      orderBy: { channel: "asc" },
      select: { id: true, channel: true, standardAmount: true },
    }),
    prisma.financialInstitution.findMany({
      orderBy: [{ type: "asc" }, { name: "asc" }],
      select: { id: true, type: true, name: true, province: { select: { name: true } } },
    }),
  ]);
  return { channels, institutions: institutions.map((i) => ({ id: i.id, type: i.type, label: `${i.name} (${i.province.name})` })) };
}

/** SMEs a disbursement may go to, those of the institution's own centre first. */
export async function getSmeOptions(viewer: SessionUser, preferClusterId: string | null) {
  assertCan(viewer, "financing:manage");
  const smes = await prisma.sme.findMany({
    where: { status: "ACTIVE" },
    orderBy: [{ cluster: { name: "asc" } }, { businessName: "asc" }],
    select: { id: true, businessName: true, cluster: { select: { id: true, name: true } } },
  });
  const options = smes.map((s) => ({ id: s.id, label: `${s.businessName} — ${s.cluster.name}`, clusterId: s.cluster.id }));
  return preferClusterId
    ? [...options.filter((o) => o.clusterId === preferClusterId), ...options.filter((o) => o.clusterId !== preferClusterId)]
    : options;
}

export async function getInstitutionFormOptions(viewer: SessionUser) {
  assertCan(viewer, "financing:read");
  const [provinces, clusters] = await Promise.all([
    prisma.province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    prisma.cluster.findMany({ where: { status: "ACTIVE" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { provinces, clusters };
}
