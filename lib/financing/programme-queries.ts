import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { assertCan } from "@/lib/support/authorize";
import { getPool, prisma } from "@/lib/db";
import { reconcile } from "@/lib/financing/reconcile";
import {
  LEDGER_SUMS,
  PROGRAMME_LEDGER,
  sumLedgers,
  toInstitutionBalance,
  toLedger,
  type InstitutionBalanceSqlRow,
  type LedgerRow,
} from "@/lib/financing/sql";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import type { FinancingChannel } from "@/lib/generated/prisma/enums";

export async function listProgrammes(viewer: SessionUser) {
  assertCan(viewer, "financing:read");
  const { rows } = await getPool().query<{ id: string; name: string; year: number; budget: string; allocated: string; channels: number }>(
    `SELECT p.id, p.name, p.year, p.budget::text AS budget,
            COALESCE((SELECT SUM(a.amount) FROM map_allocation a JOIN map_channel c ON c.id = a."channelId" WHERE c."programmeId" = p.id), 0)::text AS allocated,
            (SELECT COUNT(*) FROM map_channel c WHERE c."programmeId" = p.id)::int AS channels
     FROM map_programme p ORDER BY p.year DESC, p.name`,
  );
  return rows.map((r) => ({ ...r, budget: BigInt(r.budget), allocated: BigInt(r.allocated) }));
}

/**
 * Everything the programme page shows, aggregated in the database: per channel,
 * per province, the clusters and SMEs reached, and the reconciliation with the plan.
 */
export async function getProgrammeReport(viewer: SessionUser, programmeId: string, asOf: Date = todayInJakarta()) {
  assertCan(viewer, "financing:read");
  const programme = await prisma.mapProgramme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, year: true, budget: true, version: true },
  });
  if (!programme) return null;
  const args = [programme.id, isoDate(asOf)];
  const pool = getPool();
  const [channelRows, reach, provinceRows, clusterRows] = await Promise.all([
    pool.query<
      LedgerRow & {
        id: string;
        channel: FinancingChannel;
        ceiling: string;
        standardAmount: string | null;
        plannedInstitutions: number | null;
        plannedProvinces: number | null;
        version: number;
        offStandard: number;
      }
    >(
      `WITH ${PROGRAMME_LEDGER}
       SELECT ch.id, ch.channel::text AS channel, ch.ceiling::text AS ceiling, ch."standardAmount"::text AS "standardAmount",
              ch."plannedInstitutions", ch."plannedProvinces", mc.version,
              COUNT(pi."institutionId") FILTER (WHERE ch."standardAmount" IS NOT NULL AND pi.allocated <> ch."standardAmount")::int AS "offStandard",
              ${LEDGER_SUMS}
       FROM ch JOIN map_channel mc ON mc.id = ch.id LEFT JOIN per_inst pi ON pi."channelId" = ch.id
       GROUP BY ch.id, ch.channel, ch.ceiling, ch."standardAmount", ch."plannedInstitutions", ch."plannedProvinces", mc.version
       ORDER BY ch.channel`,
      args,
    ),
    pool.query<{ channelId: string; smes: number; clusters: number }>(
      `WITH ${PROGRAMME_LEDGER}
       SELECT al."channelId", COUNT(DISTINCT l."smeId")::int AS smes, COUNT(DISTINCT s."clusterId")::int AS clusters
       FROM (SELECT DISTINCT "channelId", "institutionId" FROM alloc) al
       JOIN loan l ON l."institutionId" = al."institutionId" JOIN sme s ON s.id = l."smeId"
       GROUP BY 1`,
      args,
    ),
    pool.query<LedgerRow & { code: string; name: string }>(
      `WITH ${PROGRAMME_LEDGER}
       SELECT p.code, p.name, ${LEDGER_SUMS}
       FROM per_inst pi JOIN province p ON p.code = pi."provinceCode"
       GROUP BY p.code, p.name ORDER BY SUM(pi.allocated) DESC, p.name`,
      args,
    ),
    pool.query<{ id: string; name: string; province: string; smes: number; loans: number; disbursed: string; outstanding: string }>(
      `WITH ${PROGRAMME_LEDGER}
       SELECT c.id, c.name, p.name AS province, COUNT(DISTINCT l."smeId")::int AS smes, COUNT(l.id)::int AS loans,
              SUM(l.amount)::text AS disbursed, SUM(l.amount - l.repaid)::text AS outstanding
       FROM loan l JOIN sme s ON s.id = l."smeId" JOIN cluster c ON c.id = s."clusterId" JOIN province p ON p.code = c."provinceCode"
       GROUP BY c.id, c.name, p.name ORDER BY SUM(l.amount) DESC, c.name`,
      args,
    ),
  ]);
  const reachBy = new Map(reach.rows.map((r) => [r.channelId, r]));
  const channels = channelRows.rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    version: r.version,
    ceiling: BigInt(r.ceiling),
    standardAmount: r.standardAmount == null ? null : BigInt(r.standardAmount),
    plannedInstitutions: r.plannedInstitutions,
    plannedProvinces: r.plannedProvinces,
    offStandard: r.offStandard,
    smes: reachBy.get(r.id)?.smes ?? 0,
    clusters: reachBy.get(r.id)?.clusters ?? 0,
    ...toLedger(r),
  }));
  const clusters = clusterRows.rows.map((r) => ({ ...r, disbursed: BigInt(r.disbursed), outstanding: BigInt(r.outstanding) }));
  const totals = {
    ...sumLedgers(channels),
    ceilings: channels.reduce((s, c) => s + c.ceiling, 0n),
    provinces: provinceRows.rows.length,
    smes: clusters.reduce((s, c) => s + c.smes, 0),
    clusters: clusters.length,
  };
  return {
    programme,
    asOf,
    channels,
    totals,
    provinces: provinceRows.rows.map((r) => ({ code: r.code, name: r.name, ...toLedger(r) })),
    clusters,
    reconciliation: reconcile(programme.budget, channels),
  };
}

/** One channel of a programme: its institutions with their balances, and its provinces. */
export async function getChannelReport(viewer: SessionUser, programmeId: string, channel: FinancingChannel, asOf: Date = todayInJakarta()) {
  const report = await getProgrammeReport(viewer, programmeId, asOf);
  const summary = report?.channels.find((c) => c.channel === channel);
  if (!report || !summary) return null;
  const args = [programmeId, isoDate(asOf), summary.id];
  const pool = getPool();
  const [institutions, provinces] = await Promise.all([
    pool.query<InstitutionBalanceSqlRow>(
      `WITH ${PROGRAMME_LEDGER}
       SELECT fi.id, fi.name, p.name AS province, c.name AS cluster, c.id AS "clusterId",
              pi.allocated::text AS allocated, pi.disbursed::text AS disbursed, pi.repaid::text AS repaid, pi.overdue::text AS overdue, pi.loans::int AS loans
       FROM per_inst pi JOIN financial_institution fi ON fi.id = pi."institutionId" JOIN province p ON p.code = fi."provinceCode"
       LEFT JOIN cluster c ON c.id = fi."clusterId"
       WHERE pi."channelId" = $3 ORDER BY p.name, fi.name`,
      args,
    ),
    pool.query<LedgerRow & { code: string; name: string }>(
      `WITH ${PROGRAMME_LEDGER}
       SELECT p.code, p.name, ${LEDGER_SUMS}
       FROM per_inst pi JOIN province p ON p.code = pi."provinceCode" WHERE pi."channelId" = $3
       GROUP BY p.code, p.name ORDER BY p.name`,
      args,
    ),
  ]);
  return {
    programme: report.programme,
    asOf,
    channel: summary,
    reconciliation: { ...report.reconciliation, lines: report.reconciliation.lines.filter((l) => l.channel === channel) },
    institutions: institutions.rows.map(toInstitutionBalance),
    provinces: provinces.rows.map((r) => ({ code: r.code, name: r.name, ...toLedger(r) })),
  };
}
