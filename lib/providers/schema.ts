import { z } from "zod";
import { text } from "@/lib/forms/text";
import { fieldMessage, optionalText, requiredText } from "@/lib/forms/messages";
import type { FormValues } from "@/lib/forms/values";
import { intField } from "@/lib/forms/numbers";
import { AGENDA_STATUSES } from "@/lib/monitoring/codes";
import { bdsService, dateOnly, optionalAmount, optionalDate, provinceCode, recordId, version } from "@/lib/support/fields";

const ACCREDITATION = ["NONE", "IN_PROGRESS", "ACCREDITED"] as const;

const optionalEmail = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  text()
    .trim()
    .toLowerCase()
    .max(254, fieldMessage("tooLong", { max: 254 }))
    .pipe(z.email(fieldMessage("email")))
    .nullable()
    .optional(),
);

/** Network memberships as typed in the form: one per line (or separated by semicolons); duplicates dropped. */
const MAX_NETWORKS = 20;
const networkMemberships = z.preprocess(
  (v) =>
    typeof v === "string"
      ? [
          ...new Set(
            v
              .split(/[\n;]/)
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ]
      : Array.isArray(v)
        ? v
        : [],
  z.array(text().max(160, fieldMessage("tooLong", { max: 160 }))).max(MAX_NETWORKS, fieldMessage("tooManyNetworks", { max: MAX_NETWORKS })),
);

const providerSchema = z.object({
  name: requiredText(160),
  legalForm: optionalText(60),
  provinceCode,
  address: optionalText(300),
  contactName: optionalText(120),
  contactPhone: optionalText(40),
  contactEmail: optionalEmail,
  accreditationStatus: z.enum(ACCREDITATION, { error: fieldMessage("invalidChoice") }),
  accreditationBody: optionalText(160),
  networkName: optionalText(160),
  // Year-two agenda, BDS strengthening (docs/monitoring.md).
  accreditedOn: optionalDate.transform((d) => d ?? null),
  accreditationExpiresOn: optionalDate.transform((d) => d ?? null),
  networkMemberships,
  services: z.array(bdsService).max(10).default([]),
});

/** An accreditation cannot expire before it was granted. */
function accreditationDates(v: { accreditedOn: Date | null; accreditationExpiresOn: Date | null }, ctx: z.RefinementCtx) {
  if (v.accreditedOn && v.accreditationExpiresOn && v.accreditationExpiresOn < v.accreditedOn)
    ctx.addIssue({ code: "custom", path: ["accreditationExpiresOn"], message: fieldMessage("expiryBeforeAccreditation") });
}
export const createProviderSchema = providerSchema.superRefine(accreditationDates);
export const updateProviderSchema = providerSchema.extend({ id: recordId, version }).superRefine(accreditationDates);

/** "" or nothing for a new row; the row's version when editing one. */
const optionalVersion = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().positive().nullable());

/**
 * A joint programme between two BDS providers, saved from `providerId`'s page with
 * `partnerId` (year-two agenda). `id` and `version` when editing one.
 */
export const saveJointProgrammeSchema = z
  .object({
    id: z.preprocess((v) => (v === "" || v == null ? null : v), recordId.nullable()),
    version: optionalVersion,
    providerId: recordId,
    partnerId: recordId,
    name: requiredText(200),
    startedOn: optionalDate,
    status: z.enum(AGENDA_STATUSES, { error: fieldMessage("invalidChoice") }),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.partnerId === v.providerId) ctx.addIssue({ code: "custom", path: ["partnerId"], message: fieldMessage("partnerSelf") });
  });
export type JointProgrammeFormValues = FormValues<typeof saveJointProgrammeSchema> & { providerId: string };

const agreementSchema = z.object({
  providerId: recordId,
  year: intField({ min: 1990, max: 2100, year: true }),
  number: optionalText(80),
  signedOn: optionalDate,
  sponsorName: optionalText(160),
  notes: optionalText(1000),
  clusterIds: z.array(recordId).min(1, fieldMessage("pickCluster")).max(500),
});
export const createAgreementSchema = agreementSchema;
export const updateAgreementSchema = agreementSchema.extend({ id: recordId, version });

export const recordDeliverySchema = z.object({
  providerId: recordId,
  clusterId: recordId,
  service: bdsService,
  deliveredOn: dateOnly,
  participantCount: intField({ min: 0, max: 100_000 }),
  feeAmount: optionalAmount.transform((v) => v ?? 0n),
  laterFinancing: optionalAmount,
  notes: optionalText(1000),
  smeIds: z.array(recordId).max(500).default([]),
});
export type DeliveryFormValues = FormValues<typeof recordDeliverySchema>;

/**
 * A correction of a delivery (BDS income is a ledger: a delivery is never edited):
 * its reversal, with a reason, and optionally the corrected delivery, the original
 * with the fee, later financing and participants given here (those left empty keep
 * the original's). All three empty: reversal only.
 */
export const reverseDeliverySchema = z.object({
  deliveryId: recordId,
  /** The provider whose deliveries the user is correcting; the delivery must be one of them. */
  providerId: recordId,
  reason: requiredText(500),
  reversedOn: dateOnly,
  correctedFee: optionalAmount,
  correctedLaterFinancing: optionalAmount,
  correctedParticipants: intField({ min: 0, max: 100_000, optional: true }),
});
export type ReverseDeliveryData = z.output<typeof reverseDeliverySchema>;
export type ReverseDeliveryFormValues = FormValues<typeof reverseDeliverySchema>;
