import { z } from "zod";
import { text } from "@/lib/forms/text";
import type { Instrument } from "@/lib/diagnosis/engine";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import { fieldMessage } from "@/lib/forms/messages";
import { MAX_FILE_BYTES, MAX_TEXT } from "@/lib/diagnosis/limits";

// The one set of diagnosis schemas, on the server (the form in the browser reads only
// limits.ts, so that it does not ship zod).
// Messages are catalogue keys (`diagnosis.validation.<key>`), so they read in
// either language.

const MAX_LINK = 500;
const MAX_COMMENT = 4000;

/** Evidence file types, recognised by their first bytes (never by name alone). */
export type EvidenceType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

const idSchema = text({ error: fieldMessage("required") })
  .trim()
  .min(1, fieldMessage("required"))
  .max(40, fieldMessage("invalidId"))
  .regex(/^[A-Za-z0-9_-]+$/, fieldMessage("invalidId"));

const versionSchema = z.coerce
  .number({ error: fieldMessage("invalidVersion") })
  .int(fieldMessage("invalidVersion"))
  .positive(fieldMessage("invalidVersion"));

const levelSchema = z
  .number({ error: fieldMessage("levelRange") })
  .int(fieldMessage("levelRange"))
  .min(1, fieldMessage("levelRange"))
  .max(5, fieldMessage("levelRange"));

const optionalText = (max: number) => text().max(max, fieldMessage("tooLong", { max })).optional();

const linkSchema = text()
  .trim()
  .max(MAX_LINK, fieldMessage("tooLong", { max: MAX_LINK }))
  .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), fieldMessage("link"))
  .optional();

const answerSchema = z
  .strictObject({
    level: levelSchema.optional(),
    notApplicable: z.literal(true, { error: fieldMessage("invalidChoice") }).optional(),
    reason: optionalText(MAX_TEXT),
    evidence: optionalText(MAX_TEXT),
    link: linkSchema,
    fileId: idSchema.optional(),
  })
  .refine((a) => !(a.level !== undefined && a.notApplicable), { message: fieldMessage("levelOrNotApplicable"), path: ["level"] });

const answersRecord = z.record(text().max(64), answerSchema);

export type AnswerIssue = { indicator: string; key: string; params?: Record<string, string> };

/**
 * Checks answers against one instrument version: every code must belong to it.
 * Returns the problems per indicator (empty when fine). What a submit needs on top
 * (N/A reasons, enough answers) is `submissionGaps` in lib/diagnosis/evaluation.ts.
 */
export function answerIssues(instrument: Instrument, answers: z.output<typeof answersRecord>): AnswerIssue[] {
  const index = indicatorIndex(instrument);
  return Object.keys(answers)
    .filter((code) => !index.has(code))
    .map((code) => ({ indicator: code, key: "unknownIndicator" }));
}

/** Autosave: any partial form, but every value valid. */
export const saveDraftSchema = z.object({
  diagnosisId: idSchema,
  version: versionSchema,
  answers: answersRecord,
});

/** Submit carries the answers it submits, so save and submit are one step. @alias */
export const submitDiagnosisSchema = saveDraftSchema;

export const startDiagnosisSchema = z.object({
  clusterId: idSchema,
  role: z.enum(["PRIMARY", "SECOND"], { error: fieldMessage("invalidChoice") }).default("PRIMARY"),
});

const commentText = text({ error: fieldMessage("required") })
  .trim()
  .max(MAX_COMMENT, fieldMessage("tooLong", { max: MAX_COMMENT }));

/** A reviewer's comments on single indicators, written with a return or an approval. */
const indicatorCommentsSchema = z
  .array(z.object({ indicator: text().max(64), body: commentText.min(1, fieldMessage("required")) }))
  .max(200)
  .default([]);

export const returnDiagnosisSchema = z.object({
  diagnosisId: idSchema,
  version: versionSchema,
  comment: commentText.min(1, fieldMessage("commentRequired")),
  indicatorComments: indicatorCommentsSchema,
});

export const approveDiagnosisSchema = z.object({
  diagnosisId: idSchema,
  version: versionSchema,
  comment: commentText.optional(),
  /** Final levels the reviewer settled where the two assessors differ. */
  settled: z.record(text().max(64), levelSchema).default({}),
  /** Kept with the approval (shown on the report), so nothing typed before approving is dropped. */
  indicatorComments: indicatorCommentsSchema /**
   * Set by the review's confirmation dialog (or its no-script checkbox): an approval that
   * changes the centre's current stage is refused without it.
   */,
  confirmStageChange: z.preprocess((v) => v === true || v === "1" || v === "on" || v === "true", z.boolean()),
});

/** Discarding a draft started by mistake: at the version the assessor saw. */
export const discardDiagnosisSchema = z.object({
  diagnosisId: idSchema,
  version: versionSchema,
});

export const evidenceUploadSchema = z.object({
  diagnosisId: idSchema,
  indicatorCode: text().min(1, fieldMessage("required")).max(64),
  file: z.object({
    name: text()
      .trim()
      .min(1, fieldMessage("fileMissing"))
      .max(200, fieldMessage("tooLong", { max: 200 })),
    size: z
      .number()
      .int()
      .min(1, fieldMessage("fileMissing"))
      .max(MAX_FILE_BYTES, fieldMessage("fileTooLarge", { max: 5 })),
  }),
});

/** The real type of an uploaded file from its first bytes, or null when it is not one we accept. */
export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"; // RIFF....WEBP
  return null;
}

const EXTENSION_OF: Record<EvidenceType, string> = {
  "application/pdf": ".pdf",
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/webp": ".webp",
};
const SAFE_NAME = /[^\p{L}\p{N} ._()-]+/gu;

/**
 * The name an evidence file is stored and served under: the uploaded name made safe,
 * its extension replaced by the one of the type detected from the bytes, so a PNG
 * uploaded as `poly.html` is `poly.png` (a download never carries a misleading type).
 */
export function evidenceFileName(uploadedName: string, type: EvidenceType | string): string {
  const extension = EXTENSION_OF[type as EvidenceType] ?? "";
  const safe = uploadedName.replace(SAFE_NAME, "_").trim();
  const dot = safe.lastIndexOf(".");
  const stem = (dot > 0 ? safe.slice(0, dot) : safe).replace(/[. ]+$/, "").slice(0, 200 - extension.length);
  return `${stem || "bukti"}${extension}`;
}
