import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * THE columns of one SME record, as the import writes them: the API answers them
 * (lib/api/smes.ts) and the export writes them (lib/exports/smes.ts), so a new SME
 * field is added here once.
 */
export const SME_RECORD_SELECT = {
  id: true,
  clusterId: true,
  businessName: true,
  ownerName: true,
  ownerGender: true,
  nib: true,
  legalForm: true,
  yearStarted: true,
  workerCount: true,
  annualTurnover: true,
  assets: true,
  mainProducts: true,
  subcontractTo: true,
  phone: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.SmeSelect;

export type SmeRecordRow = Prisma.SmeGetPayload<{ select: typeof SME_RECORD_SELECT }>;
