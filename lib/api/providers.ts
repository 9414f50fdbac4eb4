import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { text } from "@/lib/forms/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BdsService } from "@/lib/generated/prisma/enums";
import { deliveryAccessWhere, providerAccessWhere } from "@/lib/providers/access";
import type { ApiContext, ApiResult } from "@/lib/api/handler";
import { decodeCursor, pageParams, pageSchema, toPage } from "@/lib/api/pagination";
import { dateFilter, idFilter, isoDay, moneyString } from "@/lib/api/query";

const SERVICES = Object.values(BdsService) as [BdsService, ...BdsService[]];

export const providerQuerySchema = z.object({
  province: text()
    .regex(/^\d{2}$/)
    .optional()
    .meta({ description: "Province code (BPS) of the provider, two digits." }),
  service: z.enum(SERVICES).optional().meta({ description: "Only providers offering this service." }),
  ...pageParams,
});

export const providerSchema = z
  .object({
    id: text(),
    name: text(),
    legalForm: text().nullable(),
    provinceCode: text(),
    accreditationStatus: z.enum(["NONE", "IN_PROGRESS", "ACCREDITED"]),
    accreditationBody: text().nullable(),
    accreditedOn: z.iso.date().nullable(),
    accreditationExpiresOn: z.iso.date().nullable(),
    networkMemberships: z.array(text()),
    services: z.array(z.enum(SERVICES)),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "BdsProvider" });
export const providerPageSchema = pageSchema(providerSchema, "BdsProviderPage");

export const deliveryQuerySchema = z.object({
  provider: idFilter("Only this provider's deliveries (id)."),
  cluster: idFilter("Only deliveries to this centre (id)."),
  service: z.enum(SERVICES).optional().meta({ description: "Only this service." }),
  from: dateFilter("Delivered on or after"),
  to: dateFilter("Delivered on or before"),
  ...pageParams,
});

export const deliverySchema = z
  .object({
    id: text(),
    providerId: text(),
    clusterId: text(),
    service: z.enum(SERVICES),
    deliveredOn: z.iso.date(),
    participantCount: z.int(),
    feeAmount: moneyString(),
    laterFinancing: moneyString().nullable(),
    reversesId: text().nullable().meta({ description: "Set on a correction: the entry it reverses (amounts negated, so sums net out)." }),
    smeIds: z.array(text()),
  })
  .meta({ id: "ServiceDelivery" });
export const deliveryPageSchema = pageSchema(deliverySchema, "ServiceDeliveryPage");

const PROVIDER_SELECT = {
  id: true,
  name: true,
  legalForm: true,
  provinceCode: true,
  accreditationStatus: true,
  accreditationBody: true,
  accreditedOn: true,
  accreditationExpiresOn: true,
  networkMemberships: true,
  services: true,
  updatedAt: true,
} as const satisfies Prisma.BdsProviderSelect;

/** Providers the caller may see (a consultant: their own provider only), in id order. */
export async function listProvidersApi(ctx: ApiContext): Promise<ApiResult> {
  const q = providerQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.bdsProvider.findMany({
    where: {
      AND: [
        providerAccessWhere(ctx.user),
        q.province ? { provinceCode: q.province } : {},
        q.service ? { services: { has: q.service } } : {},
        after ? { id: { gt: after } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: PROVIDER_SELECT,
  });
  const page = toPage(rows, q.limit);
  return {
    body: {
      data: page.data.map((r) => ({
        ...r,
        accreditedOn: r.accreditedOn ? isoDay(r.accreditedOn) : null,
        accreditationExpiresOn: r.accreditationExpiresOn ? isoDay(r.accreditationExpiresOn) : null,
        updatedAt: r.updatedAt.toISOString(),
      })),
      nextCursor: page.nextCursor,
    },
  };
}

/**
 * The delivery ledger the caller may see (deliveryAccessWhere), reversals included:
 * a correction is an entry of its own with negated amounts, so sums over a page
 * sequence are right and nothing is rewritten under a reader's feet.
 */
export async function listDeliveriesApi(ctx: ApiContext): Promise<ApiResult> {
  const q = deliveryQuerySchema.parse(Object.fromEntries(ctx.url.searchParams));
  const after = decodeCursor(q.cursor);
  const rows = await prisma.serviceDelivery.findMany({
    where: {
      AND: [
        deliveryAccessWhere(ctx.user),
        q.provider ? { providerId: q.provider } : {},
        q.cluster ? { clusterId: q.cluster } : {},
        q.service ? { service: q.service } : {},
        q.from ? { deliveredOn: { gte: new Date(q.from) } } : {},
        q.to ? { deliveredOn: { lte: new Date(q.to) } } : {},
        after ? { id: { gt: after } } : {},
      ],
    },
    orderBy: { id: "asc" },
    take: q.limit + 1,
    select: {
      id: true,
      providerId: true,
      clusterId: true,
      service: true,
      deliveredOn: true,
      participantCount: true,
      feeAmount: true,
      laterFinancing: true,
      reversesId: true,
      smes: { select: { smeId: true }, orderBy: { smeId: "asc" } },
    },
  });
  const page = toPage(rows, q.limit);
  return {
    body: {
      data: page.data.map(({ smes, deliveredOn, feeAmount, laterFinancing, ...r }) => ({
        ...r,
        deliveredOn: isoDay(deliveredOn),
        feeAmount: feeAmount.toString(),
        laterFinancing: laterFinancing?.toString() ?? null,
        smeIds: smes.map((s) => s.smeId),
      })),
      nextCursor: page.nextCursor,
    },
  };
}
