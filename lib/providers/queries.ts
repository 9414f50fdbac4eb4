import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { getPool, prisma } from "@/lib/db";
import { STAGES, type BdsService, type Stage } from "@/lib/diagnosis/engine/codes";
import { deliveryAccessWhere, providerAccessWhere } from "@/lib/providers/access";
import { liveDelivery } from "@/lib/providers/sql";
import { LIVE_ENTRY } from "@/lib/support/reversals";
import { assertCan } from "@/lib/support/authorize";
import { DELIVERY_SELECT } from "@/lib/providers/select";

export async function listProviders(viewer: SessionUser) {
  assertCan(viewer, "providers:read");
  return prisma.bdsProvider.findMany({
    where: providerAccessWhere(viewer),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      legalForm: true,
      accreditationStatus: true,
      networkName: true,
      services: true,
      province: { select: { name: true } },
      agreements: { select: { year: true }, orderBy: { year: "desc" } },
      // Deliveries that stand: a reversed delivery and its reversal are not counted.
      _count: { select: { consultants: { where: { role: "CONSULTANT" } }, clusters: true, deliveries: { where: LIVE_ENTRY } } },
    },
  });
}

export type StageMove = "UP" | "SAME" | "DOWN" | "ONE" | "NONE";

export function stageMove(first: Stage | null, latest: Stage | null, count: number): StageMove {
  if (!first || !latest || count === 0) return "NONE";
  if (count === 1) return "ONE";
  const d = STAGES.indexOf(latest) - STAGES.indexOf(first);
  return d > 0 ? "UP" : d < 0 ? "DOWN" : "SAME";
}

/**
 * The provider page: profile, consultants, agreements, the centres it serves
 * (home provider, agreements or deliveries that stand), services by type and year,
 * income direct and indirect, the delivery log, and the stage movement of its
 * centres. Scoped: a consultant sees their own provider only, and only the centres
 * assigned to them.
 *
 * Deliveries are a ledger: income is summed over every row as it is, so a reversal
 * (negated fee and later financing, dated the day of the correction) nets its
 * delivery out; counts (deliveries, participants, the services chart) take only the
 * deliveries that stand. `hideReversed` leaves reversed deliveries and their
 * reversals out of the log only; the figures stay the same.
 */
export async function getProviderPage(viewer: SessionUser, providerId: string, opts: { hideReversed?: boolean } = {}) {
  assertCan(viewer, "providers:read");
  const provider = await prisma.bdsProvider.findFirst({
    where: { AND: [{ id: providerId }, providerAccessWhere(viewer)] },
    select: {
      id: true,
      name: true,
      legalForm: true,
      provinceCode: true,
      address: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      accreditationStatus: true,
      accreditationBody: true,
      networkName: true,
      accreditedOn: true,
      accreditationExpiresOn: true,
      networkMemberships: true,
      services: true,
      version: true,
      province: { select: { name: true } },
      // Agenda line "strengthening BDS" (docs/monitoring.md).
      strengthening: {
        select: {
          status: true,
          statusDate: true,
          note: true,
          version: true,
          updatedAt: true,
          evidenceFileName: true,
          recordedBy: { select: { name: true } },
        },
      },
      consultants: {
        where: { role: "CONSULTANT" },
        orderBy: { name: "asc" },
        select: { id: true, name: true, email: true, isActive: true, _count: { select: { assignments: true } } },
      },
      agreements: {
        orderBy: { year: "desc" },
        select: {
          id: true,
          year: true,
          number: true,
          signedOn: true,
          sponsorName: true,
          notes: true,
          version: true,
          clusters: {
            where: { cluster: clusterAccessWhere(viewer) },
            orderBy: { cluster: { name: "asc" } },
            select: { cluster: { select: { id: true, name: true, isDesignated: true } } },
          },
        },
      },
    },
  });
  if (!provider) return null;
  // Every centre with a delivery of this provider is in scope (so a delivery reversed
  // because it went to the wrong centre is still listed); a centre is served by the
  // provider when it is its home provider, under an agreement, or has a delivery that stands.
  const linked = await prisma.cluster.findMany({
    where: {
      AND: [
        clusterAccessWhere(viewer),
        {
          OR: [
            { bdsProviderId: provider.id },
            { bdsAgreementClusters: { some: { agreement: { providerId: provider.id } } } },
            { serviceDeliveries: { some: { providerId: provider.id } } },
          ],
        },
      ],
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      currentStage: true,
      isDesignated: true,
      bdsProviderId: true,
      province: { select: { name: true } },
      bdsAgreementClusters: { where: { agreement: { providerId: provider.id } }, select: { id: true }, take: 1 },
      _count: { select: { serviceDeliveries: { where: { providerId: provider.id, ...LIVE_ENTRY } } } },
    },
  });
  const ids = linked.map((c) => c.id);
  const centres = linked
    .filter((c) => c.bdsProviderId === provider.id || c.bdsAgreementClusters.length > 0 || c._count.serviceDeliveries > 0)
    .map(({ bdsAgreementClusters: _a, _count: _c, ...c }) => c);
  const pool = getPool();
  const [byService, byYear, history, deliveries] = await Promise.all([
    pool.query<{ year: number; service: BdsService; deliveries: number; participants: number }>(
      `SELECT EXTRACT(YEAR FROM sd."deliveredOn")::int AS year, sd.service::text AS service, COUNT(*)::int AS deliveries,
              COALESCE(SUM(sd."participantCount"), 0)::int AS participants
       FROM service_delivery sd WHERE sd."providerId" = $1 AND sd."clusterId" = ANY($2::text[]) AND ${liveDelivery("sd")}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [provider.id, ids],
    ),
    pool.query<{ year: number; deliveries: number; participants: number; direct: string; indirect: string }>(
      `SELECT EXTRACT(YEAR FROM sd."deliveredOn")::int AS year,
              (COUNT(*) FILTER (WHERE ${liveDelivery("sd")}))::int AS deliveries,
              COALESCE(SUM(sd."participantCount") FILTER (WHERE ${liveDelivery("sd")}), 0)::int AS participants,
              COALESCE(SUM(sd."feeAmount"), 0)::text AS direct, COALESCE(SUM(sd."laterFinancing"), 0)::text AS indirect
       FROM service_delivery sd WHERE sd."providerId" = $1 AND sd."clusterId" = ANY($2::text[]) GROUP BY 1 ORDER BY 1`,
      [provider.id, ids],
    ),
    prisma.stageHistory.findMany({
      where: { clusterId: { in: ids } },
      orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
      select: { clusterId: true, stage: true, decidedAt: true },
    }),
    findDeliveries(viewer, provider.id, { hideReversed: opts.hideReversed, take: 100, order: "desc" }),
  ]);
  const stages = centres.map((c) => {
    const rows = history.filter((h) => h.clusterId === c.id);
    const first = rows[0] ?? null;
    const latest = rows.at(-1) ?? null;
    return { ...c, first, latest, assessments: rows.length, move: stageMove(first?.stage ?? null, latest?.stage ?? null, rows.length) };
  });
  const income = byYear.rows.map((r) => ({ ...r, direct: BigInt(r.direct), indirect: BigInt(r.indirect) }));
  return {
    provider,
    centres: stages,
    servicesByYear: byService.rows,
    income,
    incomeTotal: {
      deliveries: income.reduce((s, r) => s + r.deliveries, 0),
      participants: income.reduce((s, r) => s + r.participants, 0),
      direct: income.reduce((s, r) => s + r.direct, 0n),
      indirect: income.reduce((s, r) => s + r.indirect, 0n),
    },
    deliveries,
  };
}

/**
 * A provider's whole delivery log for the export, oldest first: reversed deliveries
 * and their reversals both. Null when the viewer may not see the provider.
 */
export async function listDeliveryLedger(viewer: SessionUser, providerId: string) {
  assertCan(viewer, "providers:read");
  const provider = await prisma.bdsProvider.findFirst({
    where: { AND: [{ id: providerId }, providerAccessWhere(viewer)] },
    select: { id: true, name: true },
  });
  if (!provider) return null;
  return { provider, deliveries: await findDeliveries(viewer, provider.id, { order: "asc" }) };
}

/** A provider's deliveries as the viewer may see them, each with its reversal (or the delivery it reverses). */
function findDeliveries(viewer: SessionUser, providerId: string, opts: { hideReversed?: boolean; take?: number; order: "asc" | "desc" }) {
  return prisma.serviceDelivery.findMany({
    where: { AND: [{ providerId }, deliveryAccessWhere(viewer), opts.hideReversed ? LIVE_ENTRY : {}] },
    orderBy: [{ deliveredOn: opts.order }, { createdAt: opts.order }],
    take: opts.take,
    select: {
      ...DELIVERY_SELECT,
      laterFinancing: true,
      notes: true,
      reversesId: true,
      reversalReason: true,
      reversedBy: { select: { id: true, reversalReason: true, createdAt: true } },
      cluster: { select: { id: true, name: true } },
      recordedBy: { select: { name: true } },
      _count: { select: { smes: true } },
    },
  });
}

/** Centres (with their active SMEs) a viewer may record a delivery for. */
export async function getDeliveryFormOptions(viewer: SessionUser) {
  assertCan(viewer, "services:record");
  return prisma.cluster.findMany({
    where: { AND: [clusterAccessWhere(viewer), { status: "ACTIVE" }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      smes: { where: { status: "ACTIVE" }, orderBy: { businessName: "asc" }, select: { id: true, businessName: true } },
    },
  });
}

export async function getAgreementFormOptions(viewer: SessionUser) {
  assertCan(viewer, "providers:manage");
  return prisma.cluster.findMany({
    where: { status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, isDesignated: true },
  });
}

export async function getProviderForEdit(viewer: SessionUser, providerId: string) {
  assertCan(viewer, "providers:manage");
  return prisma.bdsProvider.findUnique({ where: { id: providerId } });
}

export async function listProvinceOptions(viewer: SessionUser) {
  assertCan(viewer, "providers:read");
  return prisma.province.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

const JOINT_SELECT = {
  id: true,
  name: true,
  startedOn: true,
  status: true,
  note: true,
  version: true,
  provider: { select: { id: true, name: true } },
  partner: { select: { id: true, name: true } },
} as const;

export interface ProviderJointProgramme {
  id: string;
  name: string;
  startedOn: Date | null;
  status: "NOT_STARTED" | "IN_PROGRESS" | "DONE";
  note: string | null;
  version: number;
  /** The other provider, whichever side recorded it. */
  partner: { id: string; name: string };
}

/**
 * The joint programmes of a provider the viewer may read, from both sides: those
 * recorded on its page and those recorded on a partner's page.
 */
export async function listJointProgrammes(viewer: SessionUser, providerId: string): Promise<ProviderJointProgramme[]> {
  assertCan(viewer, "providers:read");
  const rows = await prisma.bdsJointProgramme.findMany({
    where: {
      OR: [
        { providerId, provider: providerAccessWhere(viewer) },
        { partnerId: providerId, partner: providerAccessWhere(viewer) },
      ],
    },
    orderBy: [{ startedOn: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    select: JOINT_SELECT,
  });
  return rows.map(({ provider, partner, ...p }) => ({ ...p, partner: provider.id === providerId ? partner : provider }));
}

/** Providers a joint programme may be recorded with: every other provider. */
export async function getJointPartnerOptions(viewer: SessionUser, providerId: string) {
  assertCan(viewer, "providers:manage");
  return prisma.bdsProvider.findMany({ where: { id: { not: providerId } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
