/**
 * A ledger entry (service delivery, disbursement) that is neither a reversal nor
 * reversed, as a Prisma `where` fragment: what was actually delivered or lent.
 * Reads that count entries or settle plans use it; sums of amounts do not need it,
 * since a reversal carries the negated amounts.
 */
export const LIVE_ENTRY = { reversesId: null, reversedBy: { is: null } } as const;
