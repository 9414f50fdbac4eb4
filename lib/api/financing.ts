import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { text } from "@/lib/forms/text";
import { FinancingChannel } from "@/lib/generated/prisma/enums";
import type { ApiContext, ApiResult } from "@/lib/api/handler";
import { decodeCursor, pageParams, pageSchema, toPage } from "@/lib/api/pagination";
import { dateFilter, idFilter, isoDay, moneyString } from "@/lib/api/query";
import { LOAN_SELECT } from "@/lib/financing/select";

// MAP financing has no row-level rule beyond the role: financing:read (ADMIN, STAFF,
// MANAGER) sees every programme, as the /financing pages do; consultants are refused.

const CHANNELS = Object.values(FinancingChannel) as [FinancingChannel, ...FinancingChannel[]];

export const programmeQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional().meta({ description: "Only programmes of this year." }),
  ...pageParams,
});

export const programmeSchema = z
  .object({
    id: text(),
    name: text(),
    year: z.int(),
    budget: moneyString(),
    allocated: moneyString().meta({ description: "Sum of the allocations over all channels (reversals net out), whole Rupiah." }),
    channels: z.array(
      z.object({
        id: text(),
        channel: z.enum(CHANNELS),
        ceiling: moneyString(),
        standardAmount: moneyString().nullable(),
        allocated: moneyString(),
      }),
    ),
  })
  .meta({ id: "MapProgramme" });
export const programmePageSchema = pageSchema(programmeSchema, "MapProgrammePage");

export const allocationQuerySchema = z.object({
  programme: idFilter("Only allocations of this programme (id)."),
  institution: idFilter("Only allocations to this financial institution (id)."),
  ...pageParams,
});

export const allocationSchema = z
  .object({
    id: text(),
    programmeId: text(),
    channel: z.enum(CHANNELS),
    institution: z.object({ id: text(), name: text(), type: z.enum(CHANNELS), provinceCode: text(), clusterId: text().nullable() }),
    amount: moneyString(),
    allocatedOn: z.iso.date(),
    reversesId: text().nullable().meta({ description: "Set on a correction: the entry it reverses." }),
  })
  .meta({ id: "MapAllocation" });
export const allocationPageSchema = pageSchema(allocationSchema, "MapAllocationPage");

export const disbursementQuerySchema = z.object({
  institution: idFilter("Only loans of this financial institution (id)."),
  cluster: idFilter("Only loans to SMEs of this centre (id)."),
  from: dateFilter("Disbursed on or after"),
  to: dateFilter("Disbursed on or before"),
  ...pageParams,
});

export const disbursementSchema = z
  .object({
    id: text(),
    institutionId: text(),
    smeId: text(),
    clusterId: text(),
    amount: moneyString(),
    repaid: moneyString().meta({ description: "Sum of the repayments recorded so far (reversals net out)." }),
    disbursedOn: z.iso.date(),
    dueOn: z.iso.date(),
    termMonths: z.int(),
    purpose: text(),
    reversesId: text().nullable().meta({ description: "Set on a correction: the entry it reverses." }),
  })
  .meta({ id: "Disbursement" });
export const disbursementPageSchema = pageSchema(disbursementSchema, "DisbursementPage");

const sum = (amounts: bigint[]) => amounts.reduce((a, b) => a + b, 0n).toString();

/** MAP programmes with their channels and what was allocated through each. */
export async function listProgrammesApi(ctx: ApiContext): Promise<ApiResult> {
  const q = programmeQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.mapProgramme.findMany({
    where: { AND: [q.year ? { year: q.year } : {}, after ? { id: { gt: after } } : {}] },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: {
      id: true,
      name: true,
      year: true,
      budget: true,
      channels: { orderBy: { channel: "asc" }, select: { id: true, channel: true, ceiling: true, standardAmount: true } },
    },
  });
  const page = toPage(rows, q.limit);
  const sums = await prisma.mapAllocation.groupBy({
    by: ["channelId"],
    where: { channel: { programmeId: { in: page.data.map((p) => p.id) } } },
    _sum: { amount: true },
  });
  const allocated = new Map(sums.map((s) => [s.channelId, s._sum.amount ?? 0n]));
  return {
    body: {
      data: page.data.map((p) => {
        const channels = p.channels.map((c) => ({
          id: c.id,
          channel: c.channel,
          ceiling: c.ceiling.toString(),
          standardAmount: c.standardAmount?.toString() ?? null,
          allocated: (allocated.get(c.id) ?? 0n).toString(),
        }));
        return {
          ...p,
          budget: p.budget.toString(),
          allocated: sum(p.channels.map((c) => allocated.get(c.id) ?? 0n)),
          channels,
        };
      }),
      nextCursor: page.nextCursor,
    },
  };
}

export async function listAllocationsApi(ctx: ApiContext): Promise<ApiResult> {
  const q = allocationQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.mapAllocation.findMany({
    where: {
      AND: [
        q.programme ? { channel: { programmeId: q.programme } } : {},
        q.institution ? { institutionId: q.institution } : {},
        after ? { id: { gt: after } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: {
      id: true,
      amount: true,
      allocatedOn: true,
      reversesId: true,
      channel: { select: { programmeId: true, channel: true } },
      institution: { select: { id: true, name: true, type: true, provinceCode: true, clusterId: true } },
    },
  });
  const page = toPage(rows, q.limit);
  return {
    body: {
      data: page.data.map((a) => ({
        id: a.id,
        programmeId: a.channel.programmeId,
        channel: a.channel.channel,
        institution: a.institution,
        amount: a.amount.toString(),
        allocatedOn: isoDay(a.allocatedOn),
        reversesId: a.reversesId,
      })),
      nextCursor: page.nextCursor,
    },
  };
}

export async function listDisbursementsApi(ctx: ApiContext): Promise<ApiResult> {
  const q = disbursementQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.disbursement.findMany({
    where: {
      AND: [
        q.institution ? { institutionId: q.institution } : {},
        q.cluster ? { sme: { clusterId: q.cluster } } : {},
        q.from ? { disbursedOn: { gte: new Date(q.from) } } : {},
        q.to ? { disbursedOn: { lte: new Date(q.to) } } : {},
        after ? { id: { gt: after } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: {
      ...LOAN_SELECT,
      institutionId: true,
      smeId: true,
      termMonths: true,
      purpose: true,
      reversesId: true,
      sme: { select: { clusterId: true } },
      repayments: { select: { amount: true } },
    },
  });
  const page = toPage(rows, q.limit);
  return {
    body: {
      data: page.data.map(({ sme, repayments, amount, disbursedOn, dueOn, ...d }) => ({
        ...d,
        clusterId: sme.clusterId,
        amount: amount.toString(),
        repaid: sum(repayments.map((r) => r.amount)),
        disbursedOn: isoDay(disbursedOn),
        dueOn: isoDay(dueOn),
      })),
      nextCursor: page.nextCursor,
    },
  };
}
