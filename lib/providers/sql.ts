import "server-only";

/**
 * A service delivery (the row `alias`) that is neither a reversal nor reversed: a delivery that
 * stands. Money (fee, later financing) is summed over every row as it is, reversals
 * included, so a reversed delivery and its reversal net to zero by themselves; counts
 * (deliveries, participants, centres reached, support given) take only the deliveries
 * that stand, like liveLoan in lib/financing/sql.ts.
 */
export function liveDelivery(alias: string): string {
  return `${alias}."reversesId" IS NULL AND NOT EXISTS (SELECT 1 FROM service_delivery x WHERE x."reversesId" = ${alias}.id)`;
}
