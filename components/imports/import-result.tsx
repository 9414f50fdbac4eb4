import { Card } from "@/components/ui/card";
import { CELL, DataTable } from "@/components/ui/data-table";
import { fileIssueMessage, rowIssueMessage, type Translator } from "@/lib/imports/messages";
import type { BatchReport } from "@/lib/imports/types";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";

/** Rejected rows listed on the page; the corrections file has all of them. */
const SHOWN_ROWS = 200;

interface FinishedBatch {
  id: string;
  status: "QUEUED" | "VALIDATING" | "REJECTED" | "IMPORTING" | "DONE" | "FAILED";
  totalRows: number;
  createdRows: number;
  updatedRows: number;
  rejectedRows: number;
  report: BatchReport;
}

function summary(batch: FinishedBatch, t: Translator): { text: string; tone: "ok" | "warn" | "error" } {
  const { status, report } = batch;
  if (status === "DONE" && batch.rejectedRows === 0)
    return { text: t("result.doneAll", { count: batch.createdRows + batch.updatedRows }), tone: "ok" };
  if (status === "DONE")
    return { text: t("result.doneSome", { saved: batch.createdRows + batch.updatedRows, rejected: batch.rejectedRows }), tone: "warn" };
  if (status === "FAILED") return { text: `${t("result.failed")} ${report.file ? fileIssueMessage(report.file, t) : ""}`, tone: "error" };
  if (report.file) return { text: `${t("result.rejectedFile")} ${fileIssueMessage(report.file, t)}`, tone: "error" };
  return { text: t("result.rejectedNothing", { count: batch.rejectedRows }), tone: "error" };
}

const TONES = {
  ok: "border-emerald-200 bg-emerald-50 text-emerald-900",
  warn: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-900",
};

/** The outcome of a finished batch: what was saved, and each rejected row with its reasons. */
export function ImportResult({
  batch,
  locale,
  tImports: t,
  tErrors,
}: {
  batch: FinishedBatch;
  locale: AppLocale;
  tImports: Translator;
  tErrors: Translator;
}) {
  const { report } = batch;
  const { text, tone } = summary(batch, t);
  const shown = report.rows.slice(0, SHOWN_ROWS);
  const omitted = report.rows.length - shown.length + report.omittedRows;
  return (
    <>
      <div role="status" className={`mb-6 rounded-lg border p-4 text-sm ${TONES[tone]}`}>
        {text}
      </div>
      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          {(["createdRows", "updatedRows", "rejectedRows"] as const).map((k) => (
            <div key={k}>
              <dt className="text-slate-600">{t(`result.${k}`)}</dt>
              <dd className="text-xl font-semibold" data-testid={`count-${k}`}>
                {formatNumber(batch[k], locale)}
              </dd>
            </div>
          ))}
        </dl>
        {report.ignoredColumns.length ? (
          <p className="mt-3 text-xs text-slate-600">{t("result.ignoredColumns", { columns: report.ignoredColumns.join(", ") })}</p>
        ) : null}
      </Card>
      {report.rows.length ? (
        <Card title={t("result.problems")}>
          <div className="mb-4 flex flex-wrap items-center gap-3 text-sm">
            <span className="font-medium">{t("result.corrections")}:</span>
            {(["csv", "xlsx"] as const).map((format) => (
              <a
                key={format}
                className="rounded-md border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
                href={`/api/imports/${batch.id}/corrections?format=${format}`}
                download
              >
                {t(format === "csv" ? "result.correctionsCsv" : "result.correctionsXlsx")}
              </a>
            ))}
            <span className="text-xs text-slate-600">{t("result.correctionsHint")}</span>
          </div>
          <DataTable
            variant="list"
            rows={shown.flatMap((row) =>
              row.issues.map((issue, i) => ({ line: row.line, issue, first: i === 0, key: `${row.line}-${i}` })),
            )}
            columns={[{ label: t("result.line") }, { label: t("result.column") }, { label: t("result.reason") }]}
          >
            {(r) => (
              <tr key={r.key} className="align-top">
                <td className={`${CELL.list} font-medium tabular-nums`}>{r.first ? r.line : ""}</td>
                <td className={CELL.list}>{r.issue.column ?? t("result.wholeRow")}</td>
                <td className={CELL.list}>{rowIssueMessage(r.issue, t, tErrors)}</td>
              </tr>
            )}
          </DataTable>
          {omitted > 0 ? <p className="mt-3 text-sm text-slate-600">{t("result.omitted", { count: omitted })}</p> : null}
        </Card>
      ) : null}
    </>
  );
}
