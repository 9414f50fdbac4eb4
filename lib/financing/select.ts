import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE columns that say what a loan (disbursement) is: how much, paid out when, due
 * when. Every list of loans (an institution's, a centre's support, the API) spreads it
 * and adds only what it alone shows.
 */
export const LOAN_SELECT = {
  id: true,
  amount: true,
  disbursedOn: true,
  dueOn: true,
} as const satisfies Prisma.DisbursementSelect;
