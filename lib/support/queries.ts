import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { prisma } from "@/lib/db";
import { BDS_SERVICES, FINANCING_CHANNELS, type BdsService, type FinancingChannel } from "@/lib/support/codes";
import { providerAccessWhere } from "@/lib/providers/access";
import { LIVE_ENTRY } from "@/lib/support/reversals";
import { assertCan } from "@/lib/support/authorize";
import { clusterSmeIds } from "@/lib/support/cluster-smes";
import { todayInJakarta } from "@/lib/support/fields";
import { DELIVERY_SELECT } from "@/lib/providers/select";
import { LOAN_SELECT } from "@/lib/financing/select";

// The part of an approved diagnosis' stored result this feature reads
// (lib/diagnosis/evaluation.ts StoredResult.recommendation). Read defensively:
// anything else in the JSON is ignored, a missing recommendation means none.
const storedRecommendation = z.object({
  recommendation: z.object({
    status: z.literal("DIAGNOSED"),
    services: z.array(z.object({ code: z.enum(BDS_SERVICES) })).catch([]),
    channels: z.array(z.object({ code: z.enum(FINANCING_CHANNELS) })).catch([]),
  }),
});

/**
 * What the cluster page shows about support: services received, financing that
 * reached its SMEs, the planned actions (planned vs done), and the latest approved
 * diagnosis' recommendations not planned yet. Null when the viewer may not see the cluster.
 */
export async function getClusterSupport(viewer: SessionUser, clusterId: string, asOf: Date = todayInJakarta()) {
  assertCan(viewer, "clusters:read");
  const cluster = await prisma.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterAccessWhere(viewer)] },
    select: { id: true, status: true },
  });
  if (!cluster) return null;
  const smeIds = await clusterSmeIds(prisma, clusterId);
  const [deliveries, disbursements, plans, diagnosis] = await Promise.all([
    // What the cluster received: deliveries and loans that stand (a reversed entry and its reversal net to nothing).
    prisma.serviceDelivery.findMany({
      where: { clusterId, ...LIVE_ENTRY },
      orderBy: [{ deliveredOn: "desc" }, { createdAt: "desc" }],
      select: {
        ...DELIVERY_SELECT,
        provider: { select: { id: true, name: true } },
      },
    }),
    prisma.disbursement.findMany({
      where: { smeId: { in: smeIds }, ...LIVE_ENTRY },
      orderBy: [{ disbursedOn: "desc" }, { createdAt: "desc" }],
      select: {
        ...LOAN_SELECT,
        smeId: true,
        sme: { select: { businessName: true } },
        institution: { select: { id: true, name: true, type: true } },
        repayments: { select: { amount: true } },
      },
    }),
    prisma.plannedAction.findMany({
      where: { clusterId },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      select: {
        id: true,
        kind: true,
        service: true,
        channel: true,
        status: true,
        note: true,
        createdAt: true,
        version: true,
        diagnosisId: true,
        provider: { select: { id: true, name: true } },
        matchedDelivery: { select: { deliveredOn: true, provider: { select: { name: true } } } },
        matchedDisbursement: {
          select: { disbursedOn: true, amount: true, sme: { select: { businessName: true } }, institution: { select: { name: true } } },
        },
      },
    }),
    prisma.diagnosis.findFirst({
      where: { clusterId, status: "APPROVED", role: "PRIMARY" },
      orderBy: { approvedAt: "desc" },
      select: { id: true, approvedAt: true, resultStage: true, result: true },
    }),
  ]);

  const loans = disbursements.map((d) => {
    const repaid = d.repayments.reduce((s, r) => s + r.amount, 0n);
    const outstanding = d.amount - repaid;
    return { ...d, repaid, outstanding, isOverdue: outstanding > 0n && d.dueOn < asOf };
  });
  const servicesReceived = BDS_SERVICES.map((service) => {
    const rows = deliveries.filter((d) => d.service === service);
    return {
      service,
      deliveries: rows.length,
      participants: rows.reduce((s, r) => s + r.participantCount, 0),
      last: rows[0]?.deliveredOn ?? null,
    };
  }).filter((r) => r.deliveries > 0);
  const financing = {
    smes: new Set(loans.map((l) => l.smeId)).size,
    loans: loans.length,
    disbursed: loans.reduce((s, l) => s + l.amount, 0n),
    repaid: loans.reduce((s, l) => s + l.repaid, 0n),
    outstanding: loans.reduce((s, l) => s + l.outstanding, 0n),
    overdue: loans.filter((l) => l.isOverdue).reduce((s, l) => s + l.outstanding, 0n),
    byChannel: FINANCING_CHANNELS.map((channel) => {
      const rows = loans.filter((l) => l.institution.type === channel);
      return {
        channel,
        loans: rows.length,
        smes: new Set(rows.map((r) => r.smeId)).size,
        disbursed: rows.reduce((s, r) => s + r.amount, 0n),
      };
    }).filter((r) => r.loans > 0),
  };

  // Recommendations of the latest approved diagnosis that no open or done plan covers yet.
  const parsed = storedRecommendation.safeParse(diagnosis?.result);
  const planned = (kind: "SERVICE" | "FINANCING", code: string) =>
    plans.some((p) => p.status !== "CANCELLED" && p.kind === kind && (kind === "SERVICE" ? p.service === code : p.channel === code));
  const recommended = parsed.success
    ? {
        diagnosisId: diagnosis!.id,
        approvedAt: diagnosis!.approvedAt,
        services: parsed.data.recommendation.services.map((s) => s.code).filter((c) => !planned("SERVICE", c)) as BdsService[],
        channels: parsed.data.recommendation.channels.map((c) => c.code).filter((c) => !planned("FINANCING", c)) as FinancingChannel[],
      }
    : null;

  const canPlan = can(viewer.role, "support:plan") && cluster.status === "ACTIVE";
  const providers = canPlan
    ? await prisma.bdsProvider.findMany({
        where: providerAccessWhere(viewer),
        orderBy: { name: "asc" },
        select: { id: true, name: true, services: true },
      })
    : [];
  return {
    asOf,
    servicesReceived,
    recentDeliveries: deliveries.slice(0, 8),
    deliveryCount: deliveries.length,
    financing,
    recentLoans: loans.slice(0, 8),
    plans,
    progress: { planned: plans.filter((p) => p.status === "PLANNED").length, done: plans.filter((p) => p.status === "DONE").length },
    recommended,
    canPlan,
    providers,
  };
}
