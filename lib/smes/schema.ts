import { z } from "zod";
import { text } from "@/lib/forms/text";
import { fieldMessage, optionalText, requiredText, optionalPhone } from "@/lib/forms/messages";
import type { FormValues } from "@/lib/forms/values";
import { intField, optionalRupiah } from "@/lib/forms/numbers";
import { MOVE_SEARCH_MAX, MOVE_SEARCH_MIN } from "@/lib/smes/limits";

const CURRENT_YEAR = new Date().getFullYear();

/** THE SME (UKM) fields: form, action, use cases and bulk import share them. */
export const smeFieldsSchema = z.object({
  businessName: requiredText(200),
  ownerName: requiredText(120),
  ownerGender: z
    .enum(["FEMALE", "MALE", ""], { error: fieldMessage("invalidChoice") })
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  // Nomor Induk Berusaha (OSS): 13 digits, unique when given.
  nib: text()
    .trim()
    .transform((v) => (v === "" ? null : v.replace(/\s+/g, "")))
    .pipe(
      text()
        .regex(/^\d{13}$/, fieldMessage("nib"))
        .nullable(),
    )
    .nullable()
    .optional(),
  legalForm: optionalText(60),
  yearStarted: intField({ min: 1900, max: CURRENT_YEAR, optional: true, year: true }),
  workerCount: intField({ min: 0, max: 100_000 }),
  annualTurnover: optionalRupiah,
  assets: optionalRupiah,
  mainProducts: optionalText(300),
  subcontractTo: optionalText(200),
  phone: optionalPhone(),
});
export type SmeFields = z.infer<typeof smeFieldsSchema>;

export const createSmeSchema = smeFieldsSchema.extend({ clusterId: text().min(1).max(40) });
export const updateSmeSchema = smeFieldsSchema.extend({
  id: text().min(1).max(40),
  version: z.coerce.number().int().positive(),
});
export const archiveSmeSchema = z.object({ id: text().min(1).max(40), version: z.coerce.number().int().positive() });
export const moveSmeSchema = z.object({
  id: text().min(1).max(40),
  version: z.coerce.number().int().positive(),
  toClusterId: text({ error: fieldMessage("required") })
    .min(1, fieldMessage("required"))
    .max(40),
  reason: optionalText(500),
});

/** The move picker's search: part of a cluster name (or commodity), and the SME's current cluster to leave out. */
export const moveTargetSearchSchema = z.object({
  q: text().trim().min(MOVE_SEARCH_MIN).max(MOVE_SEARCH_MAX),
  exclude: text().min(1).max(40).optional(),
});

/** What the SME form shows: the create and update schemas' fields as text. */
export type SmeFormValues = FormValues<typeof createSmeSchema> & FormValues<typeof updateSmeSchema>;
