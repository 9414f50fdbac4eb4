import { z } from "zod";
import { fieldMessage, requiredText } from "@/lib/forms/messages";
import type { FormValues } from "@/lib/forms/values";
import { intField } from "@/lib/forms/numbers";
import {
  dateOnly,
  financingChannel,
  optionalAmount,
  optionalId,
  positiveRupiah,
  provinceCode,
  recordId,
  version,
} from "@/lib/support/fields";

export const createProgrammeSchema = z.object({
  name: requiredText(160),
  year: intField({ min: 1990, max: 2100, year: true }),
  budget: positiveRupiah,
});

export const saveChannelSchema = z.object({
  programmeId: recordId,
  /** Empty for a new channel; then `channel` picks which one. */
  id: optionalId,
  version: z.preprocess((v) => (v === "" || v == null ? undefined : v), version.optional()),
  channel: financingChannel,
  ceiling: positiveRupiah,
  standardAmount: optionalAmount,
  plannedInstitutions: intField({ min: 0, max: 100_000, optional: true }),
  plannedProvinces: intField({ min: 0, max: 38, optional: true }),
});

const institutionSchema = z.object({
  type: financingChannel,
  name: requiredText(160),
  provinceCode,
  clusterId: optionalId,
});
export const createInstitutionSchema = institutionSchema;
export const updateInstitutionSchema = institutionSchema.extend({ id: recordId, version });

export const createAllocationSchema = z.object({
  channelId: recordId,
  institutionId: recordId,
  amount: positiveRupiah,
  allocatedOn: dateOnly,
});

export const createDisbursementSchema = z.object({
  institutionId: recordId,
  smeId: recordId,
  amount: positiveRupiah,
  disbursedOn: dateOnly,
  purpose: requiredText(300),
  termMonths: intField({ min: 1, max: 120 }),
});

export const createRepaymentSchema = z.object({
  disbursementId: recordId,
  amount: positiveRupiah,
  paidOn: dateOnly,
});

export type ProgrammeFormValues = FormValues<typeof createProgrammeSchema>;
export type AllocationFormValues = FormValues<typeof createAllocationSchema>;
export type DisbursementFormValues = FormValues<typeof createDisbursementSchema>;
export type RepaymentFormValues = FormValues<typeof createRepaymentSchema>;
export type CreateAllocationData = z.output<typeof createAllocationSchema>;
export type CreateDisbursementData = z.output<typeof createDisbursementSchema>;
export type CreateRepaymentData = z.output<typeof createRepaymentSchema>;

export const LEDGER_ENTRY_KINDS = ["ALLOCATION", "DISBURSEMENT", "REPAYMENT"] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/**
 * A correction: reverse one entry of an institution's ledger, with a reason, and
 * optionally record the corrected amount (same entry otherwise) in the same transaction.
 */
export const reverseEntrySchema = z.object({
  kind: z.enum(LEDGER_ENTRY_KINDS, { error: fieldMessage("invalidChoice") }),
  entryId: recordId,
  /** The institution whose ledger the user is correcting; the entry must be on it. */
  institutionId: recordId,
  reason: requiredText(500),
  reversedOn: dateOnly,
  /** Empty: reversal only. Otherwise the corrected entry's amount (more than zero). */
  correctedAmount: z.preprocess((v) => (v === "" || v == null ? undefined : v), positiveRupiah.optional()),
});
export type ReverseEntryData = z.output<typeof reverseEntrySchema>;
export type ReverseEntryFormValues = FormValues<typeof reverseEntrySchema>;
