import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { queryRows } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { clusterWhereSql, SqlParams, type SourceOptions } from "@/lib/dashboard/sql";
import { liveLoan } from "@/lib/financing/sql";
import { liveDelivery } from "@/lib/providers/sql";
import { BDS_SERVICES as SERVICES, FINANCING_CHANNELS as CHANNELS, type BdsService } from "@/lib/support/codes";

type User = Pick<SessionUser, "id" | "role">;

export interface ServiceRow {
  service: BdsService;
  deliveries: number;
  clusters: number;
  participants: number;
}

export interface MoneyRow {
  /** A channel, or a province code. */
  key: string;
  label: string;
  allocated: bigint;
  disbursed: bigint;
  outstanding: bigint;
  disbursements: number;
}

export interface MoneyData {
  byChannel: MoneyRow[];
  byProvince: MoneyRow[];
  totals: { allocated: bigint; disbursed: bigint; outstanding: bigint; disbursements: number };
}

/**
 * BDS services delivered to the matching clusters, by service (all ten, zero
 * included). Only deliveries that stand: a reversed delivery and its reversal are
 * left out together.
 */
export async function getServices(user: User, params: DashboardParams): Promise<ServiceRow[]> {
  const q = new SqlParams();
  const where = clusterWhereSql(user, params, q);
  const period = params.year
    ? `AND sd."deliveredOn" >= ${q.p(`${params.year}-01-01`)}::date AND sd."deliveredOn" < ${q.p(`${params.year! + 1}-01-01`)}::date`
    : "";
  const rows = await queryRows<{ service: ServiceRow["service"]; n: number; clusters: number; participants: number }>(
    `SELECT sd.service::text AS service, count(*)::int AS n, count(DISTINCT sd."clusterId")::int AS clusters,
            coalesce(sum(sd."participantCount"), 0)::int AS participants
     FROM service_delivery sd JOIN cluster c ON c.id = sd."clusterId"
     WHERE ${where} ${period} AND ${liveDelivery("sd")}
     GROUP BY sd.service`,
    q,
  );
  return SERVICES.map((service) => {
    const r = rows.find((x) => x.service === service);
    return { service, deliveries: r?.n ?? 0, clusters: r?.clusters ?? 0, participants: r?.participants ?? 0 };
  });
}

/**
 * MAP money by channel and by province. Money is channelled through financial
 * institutions, so it belongs to the institution's province (the province filter
 * applies to it). Allocations go to institutions, not clusters: the other cluster
 * filters (regency, commodity, stage, instrument) narrow only disbursements, through
 * the SME's cluster. Outstanding = disbursed − repaid per disbursement (never below
 * zero). With a year: allocated and disbursed in that year, outstanding at its end.
 * Summed as bigint (whole Rupiah) in the database.
 *
 * Reversals: a reversal row carries the negated amount and is summed as it is, on its
 * own date, so a reversed allocation or loan and its reversal net to zero (a reversal
 * row's outstanding is its negated amount: no repayment is ever booked on one). The
 * disbursement count leaves out a reversed loan and its reversal together.
 */
export async function getMoney(user: User, params: DashboardParams, opts: SourceOptions = {}): Promise<MoneyData> {
  const q = new SqlParams();
  const clusterOnly: DashboardParams = { ...params, province: undefined };
  const where = clusterWhereSql(user, clusterOnly, q);
  const province = params.province ? q.p(params.province) : null;
  const from = params.year ? q.p(`${params.year}-01-01`) : null;
  const to = params.year ? q.p(`${params.year + 1}-01-01`) : null;
  const year = params.year && opts.summary ? q.p(params.year) : null;
  // The summary holds disbursed amounts and effective principal repaid per cluster, channel, province and year.
  const disb = opts.summary
    ? `disb AS (
       SELECT m.channel, m.province, 0::bigint AS allocated,
              CASE WHEN m.kind = 'D' ${year ? `AND m.year = ${year}` : ""} THEN m.amount ELSE 0 END AS disbursed,
              CASE WHEN m.kind = 'D' THEN m.amount ELSE -m.amount END AS outstanding,
              CASE WHEN m.kind = 'D' ${year ? `AND m.year = ${year}` : ""} THEN m.n ELSE 0 END AS n
       FROM dashboard_money m JOIN cluster c ON c.id = m.cluster_id
       WHERE ${where}
         ${province ? `AND m.province = ${province}` : ""}
         ${year ? `AND m.year <= ${year}` : ""}
     ),`
    : `     disb AS (
       SELECT fi.type::text AS channel, fi."provinceCode" AS province, 0::bigint AS allocated,
              ${from ? `CASE WHEN db."disbursedOn" >= ${from}::date THEN db.amount ELSE 0 END` : "db.amount"} AS disbursed,
              CASE WHEN db."reversesId" IS NOT NULL THEN db.amount
                   ELSE greatest(db.amount - coalesce((SELECT sum(r.amount) FROM repayment r WHERE r."disbursementId" = db.id
                                                       ${to ? `AND r."paidOn" < ${to}::date` : ""}), 0), 0) END AS outstanding,
              CASE WHEN ${liveLoan("db")} ${from ? `AND db."disbursedOn" >= ${from}::date` : ""} THEN 1 ELSE 0 END AS n
       FROM disbursement db
       JOIN financial_institution fi ON fi.id = db."institutionId"
       JOIN sme s ON s.id = db."smeId"
       JOIN cluster c ON c.id = s."clusterId"
       WHERE ${where}
         ${province ? `AND fi."provinceCode" = ${province}` : ""}
         ${to ? `AND db."disbursedOn" < ${to}::date` : ""}
     ),
`;
  const rows = await queryRows<{
    channel: string | null;
    province: string | null;
    name: string | null;
    allocated: string;
    disbursed: string;
    outstanding: string;
    n: number;
    g: number;
  }>(
    `WITH alloc AS (
       SELECT mc.channel::text AS channel, fi."provinceCode" AS province, ma.amount AS allocated, 0::bigint AS disbursed, 0::bigint AS outstanding, 0 AS n
       FROM map_allocation ma JOIN map_channel mc ON mc.id = ma."channelId" JOIN financial_institution fi ON fi.id = ma."institutionId"
       WHERE ${user.role === "CONSULTANT" ? "FALSE" : "TRUE"}
         ${province ? `AND fi."provinceCode" = ${province}` : ""}
         ${from ? `AND ma."allocatedOn" >= ${from}::date AND ma."allocatedOn" < ${to}::date` : ""}
     ),
${disb}
     -- Summed per channel and province first (a hash aggregate), so the grouping sets below sort a few hundred rows.
     allrows AS (
       SELECT channel, province, sum(allocated) AS allocated, sum(disbursed) AS disbursed, sum(outstanding) AS outstanding, sum(n) AS n
       FROM (SELECT * FROM alloc UNION ALL SELECT * FROM disb) u
       GROUP BY channel, province
     )
     SELECT a.channel, a.province, p.name, sum(a.allocated)::text AS allocated, sum(a.disbursed)::text AS disbursed,
            sum(a.outstanding)::text AS outstanding, sum(a.n)::int AS n, GROUPING(a.channel, a.province)::int AS g
     FROM allrows a LEFT JOIN province p ON p.code = a.province
     GROUP BY GROUPING SETS ((a.channel), (a.province, p.name), ())`,
    q,
  );
  const toRow = (key: string, label: string, r?: (typeof rows)[number]): MoneyRow => ({
    key,
    label,
    allocated: BigInt(r?.allocated ?? 0),
    disbursed: BigInt(r?.disbursed ?? 0),
    outstanding: BigInt(r?.outstanding ?? 0),
    disbursements: r?.n ?? 0,
  });
  // g: 1 = by channel (province aggregated), 2 = by province, 3 = total.
  const total = rows.find((r) => r.g === 3);
  return {
    byChannel: CHANNELS.map((c) =>
      toRow(
        c,
        c,
        rows.find((r) => r.g === 1 && r.channel === c),
      ),
    ),
    byProvince: rows
      .filter((r) => r.g === 2 && r.province)
      .map((r) => toRow(r.province!, r.name ?? r.province!, r))
      .sort((a, b) => (b.disbursed > a.disbursed ? 1 : b.disbursed < a.disbursed ? -1 : a.label.localeCompare(b.label))),
    totals: {
      allocated: BigInt(total?.allocated ?? 0),
      disbursed: BigInt(total?.disbursed ?? 0),
      outstanding: BigInt(total?.outstanding ?? 0),
      disbursements: total?.n ?? 0,
    },
  };
}
