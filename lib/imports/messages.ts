import type { FileIssue, RowIssue } from "@/lib/imports/types";

/** The part of a next-intl translator these helpers use (namespaced, any key). */
export interface Translator {
  (key: string, params?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** A row issue in the reader's language: an import rule (`imports.rowErrors`) or a field rule (`errors.field`). */
export function rowIssueMessage(issue: RowIssue, tImports: Translator, tErrors: Translator): string {
  if (tImports.has(`rowErrors.${issue.code}`)) return tImports(`rowErrors.${issue.code}`, issue.params);
  if (tErrors.has(`field.${issue.code}`)) return tErrors(`field.${issue.code}`, issue.params);
  return tErrors("field.invalidChoice");
}

export function fileIssueMessage(issue: FileIssue, tImports: Translator): string {
  return tImports.has(`fileErrors.${issue.code}`) ? tImports(`fileErrors.${issue.code}`, issue.params) : tImports("fileErrors.unexpected");
}

/** "Column: reason; Column: reason" for the corrections file's Reason column. */
export function rowReasons(issues: RowIssue[], tImports: Translator, tErrors: Translator): string {
  return issues.map((i) => `${i.column ? `${i.column}: ` : ""}${rowIssueMessage(i, tImports, tErrors)}`).join("; ");
}
