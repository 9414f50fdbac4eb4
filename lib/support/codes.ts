// THE closed lists of support codes, defined once. Same values as the Prisma enums
// BdsService and FinancingChannel (tests/unit/support-codes.test.ts checks), in the
// source's numbering, which is also the engine's deterministic tie-break order.
// Pure constants with no imports: pages, forms, the dashboard, the national data
// generator and the pure diagnosis engine all read them from here.

/** The ten LPB/BDS services, numbered (1)..(10) in the source. */
export const BDS_SERVICES = [
  "INFORMATION",
  "CONSULTATION",
  "TRAINING",
  "MENTORING",
  "BUSINESS_CONTACT",
  "MARKET_ACCESS",
  "CAPITAL_ACCESS",
  "ORGANISATION_MANAGEMENT",
  "TECHNOLOGY",
  "BUSINESS_PROPOSAL",
] as const;
export type BdsService = (typeof BDS_SERVICES)[number];

/** The five MAP channels, a..e in the source. */
export const FINANCING_CHANNELS = ["LKM", "KSP_USP", "GUARANTEE", "VENTURE_CAPITAL", "INCUBATOR"] as const;
export type FinancingChannel = (typeof FINANCING_CHANNELS)[number];

export function isFinancingChannel(value: unknown): value is FinancingChannel {
  return typeof value === "string" && (FINANCING_CHANNELS as readonly string[]).includes(value);
}
