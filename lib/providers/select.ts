import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE columns that say what a BDS delivery is: which service, when, to how many, at
 * what fee. A provider's deliveries and a centre's support spread it and add only what
 * they alone show.
 */
export const DELIVERY_SELECT = {
  id: true,
  service: true,
  deliveredOn: true,
  participantCount: true,
  feeAmount: true,
} as const satisfies Prisma.ServiceDeliverySelect;
