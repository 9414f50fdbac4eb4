import "server-only";
import { LIVE_ENTRY } from "@/lib/support/reversals";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bdsLineStatus } from "@/lib/monitoring/agenda-status";
import { OUTCOME_ROW_SELECT } from "@/lib/monitoring/select";
import { compoundAnnualGrowth, growthSinceBaseline } from "@/lib/monitoring/growth";
import type { AgendaFilter } from "@/lib/monitoring/schema";
import { assertCan } from "@/lib/support/authorize";

const AGENDA_PAGE_SIZE = 25;

/** An organisation member that counts: an SME still active (an archived SME is dropped on the next save of the line). */
const ACTIVE_MEMBER = { status: "ACTIVE" } as const;

/** The metrics whose growth the cluster page shows. */
const GROWTH_METRICS = ["smeCount", "workerCount", "productionValue"] as const;

/**
 * A sentra's monitoring: its yearly outcomes with growth and CAGR per metric, and its
 * agenda lines. Null when the viewer may not see the sentra.
 */
export async function getClusterMonitoring(viewer: SessionUser, clusterId: string) {
  assertCan(viewer, "monitoring:read");
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterAccessWhere(viewer)] },
    select: {
      id: true,
      isDesignated: true,
      provinceCode: true,
      outcomes: { orderBy: { year: "asc" }, select: OUTCOME_ROW_SELECT },
      savingsService: {
        select: {
          status: true,
          statusDate: true,
          note: true,
          isInsideArea: true,
          institutionId: true,
          version: true,
          updatedAt: true,
          evidenceFileName: true,
          institution: { select: { name: true } },
          recordedBy: { select: { name: true } },
        },
      },
      smeOrganisation: {
        select: {
          status: true,
          statusDate: true,
          name: true,
          legalForm: true,
          foundedOn: true,
          contactName: true,
          contactPhone: true,
          note: true,
          version: true,
          updatedAt: true,
          evidenceFileName: true,
          recordedBy: { select: { name: true } },
          members: { where: { sme: ACTIVE_MEMBER }, select: { smeId: true } },
        },
      },
      // The SMEs the organisation's members are chosen from.
      smes: { where: { status: "ACTIVE" }, orderBy: { businessName: "asc" }, select: { id: true, businessName: true } },
      bdsProvider: {
        select: {
          id: true,
          name: true,
          accreditationStatus: true,
          accreditationBody: true,
          accreditedOn: true,
          accreditationExpiresOn: true,
          networkName: true,
          networkMemberships: true,
          _count: { select: { jointProgrammes: true, jointProgrammesPartner: true } },
          strengthening: {
            select: { status: true, statusDate: true, note: true, updatedAt: true, recordedBy: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!cluster) return null;
  const growth = Object.fromEntries(
    GROWTH_METRICS.map((metric) => {
      const series = cluster.outcomes.map((o) => ({ year: o.year, value: o[metric] }));
      return [metric, { sinceBaseline: growthSinceBaseline(series), cagr: compoundAnnualGrowth(series) }];
    }),
  ) as Record<(typeof GROWTH_METRICS)[number], { sinceBaseline: number | null; cagr: number | null }>;
  // The KSP/USP the line may name: those registered under MAP financing in the sentra's province.
  const institutions = await prisma.financialInstitution.findMany({
    where: { type: "KSP_USP", provinceCode: cluster.provinceCode },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
    take: 500,
  });
  const servedSmes = await listServedSmes(cluster.id, cluster.savingsService?.institutionId ?? null);
  const p = cluster.bdsProvider;
  const bds = p
    ? {
        ...p,
        jointProgrammes: p._count.jointProgrammes + p._count.jointProgrammesPartner,
        status: bdsLineStatus(p),
      }
    : null;
  return { ...cluster, bdsProvider: bds, growth, institutions, servedSmes, baselineYear: cluster.outcomes[0]?.year ?? null };
}

/** How many served SMEs the cluster page names; the count covers them all. */
const SERVED_SMES_SHOWN = 50;

/**
 * The SMEs of the sentra the KSP/USP line's institution serves, derived from the
 * ledger (never typed on the line): those with a disbursement from that institution
 * that stands (reversed loans and reversals do not count).
 */
async function listServedSmes(clusterId: string, institutionId: string | null) {
  if (!institutionId) return { count: 0, shown: [] };
  const where = { clusterId, disbursements: { some: { institutionId, ...LIVE_ENTRY } } };
  const [count, shown] = await Promise.all([
    prisma.sme.count({ where }),
    prisma.sme.findMany({ where, orderBy: { businessName: "asc" }, take: SERVED_SMES_SHOWN, select: { id: true, businessName: true } }),
  ]);
  return { count, shown };
}

/** Whether a stored agenda line (absent = not started; the BDS line only with a provider) has `status`. */
function lineStatusWhere(status: NonNullable<AgendaFilter["status"]>): Prisma.ClusterWhereInput {
  return status === "NOT_STARTED"
    ? {
        OR: [
          { savingsService: null },
          { savingsService: { status } },
          { smeOrganisation: null },
          { smeOrganisation: { status } },
          { bdsProvider: { strengthening: null } },
          { bdsProvider: { strengthening: { status } } },
        ],
      }
    : { OR: [{ savingsService: { status } }, { smeOrganisation: { status } }, { bdsProvider: { strengthening: { status } } }] };
}

/** THE `where` of the agenda list and its export: designated, active, in scope, filtered. */
export function agendaWhere(viewer: Pick<SessionUser, "id" | "role">, f: Partial<AgendaFilter>): Prisma.ClusterWhereInput {
  return {
    AND: [
      clusterAccessWhere(viewer),
      { status: "ACTIVE", isDesignated: true },
      f.province ? { provinceCode: f.province } : {},
      f.commodity ? { commodity: { contains: f.commodity, mode: "insensitive" } } : {},
      f.stage ? { currentStage: f.stage } : {},
      f.status ? lineStatusWhere(f.status) : {},
    ],
  };
}

function agendaOrder(f: AgendaFilter): Prisma.ClusterOrderByWithRelationInput[] {
  if (f.sort === "province") return [{ province: { name: f.dir } }, { name: "asc" }, { id: "asc" }];
  if (f.sort === "commodity") return [{ commodity: f.dir }, { name: "asc" }, { id: "asc" }];
  return [{ name: f.dir }, { id: "asc" }];
}

export const AGENDA_SELECT = {
  id: true,
  name: true,
  commodity: true,
  currentStage: true,
  province: { select: { name: true } },
  savingsService: { select: { status: true, isInsideArea: true, institution: { select: { name: true } } } },
  smeOrganisation: { select: { status: true, name: true, _count: { select: { members: { where: { sme: ACTIVE_MEMBER } } } } } },
  bdsProvider: {
    select: {
      name: true,
      accreditationStatus: true,
      networkName: true,
      networkMemberships: true,
      _count: { select: { jointProgrammes: true, jointProgrammesPartner: true } },
      strengthening: { select: { status: true } },
    },
  },
} satisfies Prisma.ClusterSelect;

type AgendaRecord = Prisma.ClusterGetPayload<{ select: typeof AGENDA_SELECT }>;

export function toAgendaRow(c: AgendaRecord) {
  const p = c.bdsProvider;
  return {
    id: c.id,
    name: c.name,
    commodity: c.commodity,
    stage: c.currentStage,
    province: c.province.name,
    savings: {
      status: c.savingsService?.status ?? "NOT_STARTED",
      isInsideArea: c.savingsService?.isInsideArea ?? false,
      institution: c.savingsService?.institution?.name ?? null,
    },
    organisation: {
      status: c.smeOrganisation?.status ?? "NOT_STARTED",
      name: c.smeOrganisation?.name ?? null,
      members: c.smeOrganisation?._count.members ?? 0,
    },
    bds: {
      provider: p?.name ?? null,
      status: bdsLineStatus(p),
    },
  } as const;
}

/** One page of the agenda list ("Agenda Tahun Kedua"). */
export async function listAgenda(viewer: SessionUser, f: AgendaFilter) {
  assertCan(viewer, "monitoring:read");
  const where = agendaWhere(viewer, f);
  const [total, rows] = await Promise.all([
    prisma.cluster.count({ where }),
    prisma.cluster.findMany({
      where,
      orderBy: agendaOrder(f),
      skip: (f.page - 1) * AGENDA_PAGE_SIZE,
      take: AGENDA_PAGE_SIZE,
      select: AGENDA_SELECT,
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / AGENDA_PAGE_SIZE)), rows: rows.map(toAgendaRow) };
}
