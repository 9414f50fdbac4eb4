import { z } from "zod";
import { STAGES } from "@/lib/diagnosis/engine/codes";
import { fieldMessage, optionalPhone, optionalText } from "@/lib/forms/messages";
import type { FormValues } from "@/lib/forms/values";
import { intField, optionalRupiah, requiredRupiah } from "@/lib/forms/numbers";
import { provinceParam } from "@/lib/forms/list-params";
import { text } from "@/lib/forms/text";
import { AGENDA_STATUSES, OUTCOME_SOURCES } from "@/lib/monitoring/codes";
import { optionalDate, optionalId, recordId } from "@/lib/support/fields";

/** Years an outcome may describe: the programme began in 2001; earlier baselines are allowed from 1990. */
const OUTCOME_YEAR_MIN = 1990;
const OUTCOME_YEAR_MAX = 2100;

const agendaStatus = z.enum(AGENDA_STATUSES, { error: fieldMessage("invalidChoice") });

/** A checkbox: present ("on") when ticked. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** "" or nothing for a new row; the row's version when editing one. */
const optionalVersion = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().positive().nullable());

/** THE yearly outcome fields: the form, the verb and the import share them. */
export const outcomeFieldsSchema = z.object({
  year: intField({ min: OUTCOME_YEAR_MIN, max: OUTCOME_YEAR_MAX, year: true }),
  smeCount: intField({ min: 0, max: 1_000_000 }),
  workerCount: intField({ min: 0, max: 10_000_000 }),
  // Required, zero allowed: a sentra may produce nothing in a bad year.
  productionValue: requiredRupiah,
  exportValue: optionalRupiah,
  exportSharePct: intField({ min: 0, max: 100, optional: true }),
  averageTurnover: optionalRupiah,
  source: z.enum(OUTCOME_SOURCES, { error: fieldMessage("invalidChoice") }),
});

export const saveOutcomeSchema = outcomeFieldsSchema.extend({ clusterId: recordId, version: optionalVersion });
export type OutcomeFormValues = FormValues<typeof saveOutcomeSchema>;

/** Agenda line "USP/KSP service in the sentra". */
export const saveSavingsServiceSchema = z.object({
  clusterId: recordId,
  version: optionalVersion,
  status: agendaStatus,
  statusDate: optionalDate,
  note: optionalText(1000),
  isInsideArea: checkbox,
  institutionId: optionalId,
  // The optional evidence file itself (`evidence`) is checked by lib/monitoring/agenda-evidence.ts.
  removeEvidence: checkbox,
});
export type SavingsServiceFormValues = FormValues<typeof saveSavingsServiceSchema>;

/** A bound on the submitted member set. */
const MAX_ORGANISATION_MEMBERS = 2000;

/** Agenda line "SME organisation or representation". */
export const saveSmeOrganisationSchema = z
  .object({
    clusterId: recordId,
    version: optionalVersion,
    status: agendaStatus,
    statusDate: optionalDate,
    name: optionalText(200),
    legalForm: optionalText(60),
    foundedOn: optionalDate,
    contactName: optionalText(120),
    contactPhone: optionalPhone(),
    note: optionalText(1000),
    removeEvidence: checkbox,
    /** The members: active SMEs of the same sentra (checked by the verb); the whole set, replacing the saved one. */
    memberIds: z
      .array(recordId)
      .max(MAX_ORGANISATION_MEMBERS, fieldMessage("tooManyMembers", { max: MAX_ORGANISATION_MEMBERS }))
      .default([]),
  })
  .superRefine((v, ctx) => {
    // An organisation that exists has a name.
    if (v.status === "DONE" && !v.name) ctx.addIssue({ code: "custom", path: ["name"], message: fieldMessage("required") });
  });
export type SmeOrganisationFormValues = FormValues<typeof saveSmeOrganisationSchema>;

/**
 * Agenda line "strengthening BDS", recorded per provider on its page: the status that
 * counts for every sentra the provider serves (the accreditation, networks and joint
 * programmes are its supporting facts).
 */
export const saveBdsStrengtheningSchema = z.object({
  providerId: recordId,
  version: optionalVersion,
  status: agendaStatus,
  statusDate: optionalDate,
  note: optionalText(1000),
  removeEvidence: checkbox,
});
export type BdsStrengtheningFormValues = FormValues<typeof saveBdsStrengtheningSchema>;

/** The sentra's agenda lines that carry an evidence file (the BDS line's file is on its provider's record). */
const AGENDA_EVIDENCE_LINES = ["savings", "organisation"] as const;
export const agendaEvidenceLineSchema = z.enum(AGENDA_EVIDENCE_LINES);
export type AgendaEvidenceLine = z.infer<typeof agendaEvidenceLineSchema>;

/** The agenda list's query string. */
export const agendaFilterSchema = z.object({
  province: provinceParam,
  commodity: text().trim().max(100).optional().catch(undefined),
  stage: z.enum(STAGES).optional().catch(undefined),
  status: agendaStatus.optional().catch(undefined),
  sort: z.enum(["name", "province", "commodity"]).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AgendaFilter = z.infer<typeof agendaFilterSchema>;
