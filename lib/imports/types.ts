import { z } from "zod";

/**
 * One problem with one cell (or a whole row when `column` is absent). `code` is a key
 * of `imports.rowErrors` or, for the rules of the shared field schemas, of
 * `errors.field` (zod messages are catalogue keys: lib/forms/messages.ts).
 */
const rowIssueSchema = z.object({
  field: z.string().optional(),
  column: z.string().optional(),
  code: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});
export type RowIssue = z.infer<typeof rowIssueSchema>;

const rejectedRowSchema = z.object({
  line: z.number().int(),
  cells: z.array(z.string()),
  issues: z.array(rowIssueSchema),
});
export type RejectedRow = z.infer<typeof rejectedRowSchema>;

const fileIssueSchema = z.object({ code: z.string(), params: z.record(z.string(), z.string()).optional() });
export type FileIssue = z.infer<typeof fileIssueSchema>;

/**
 * What `ImportBatch.errors` holds: the file's header (for the corrections file), the
 * rejected rows with their cells and issues (at most MAX_STORED_REJECTS), columns that
 * were ignored, and a file-level failure when the file could not be processed at all.
 */
const batchReportSchema = z.object({
  header: z.array(z.string()).default([]),
  rows: z.array(rejectedRowSchema).default([]),
  omittedRows: z.number().int().default(0),
  ignoredColumns: z.array(z.string()).default([]),
  file: fileIssueSchema.optional(),
});
export type BatchReport = z.infer<typeof batchReportSchema>;

export function readBatchReport(json: unknown): BatchReport {
  const parsed = batchReportSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : { header: [], rows: [], omittedRows: 0, ignoredColumns: [] };
}
