import { getTranslations } from "next-intl/server";
import { type AgendaEvidenceInfo, BdsStrengtheningForm } from "@/components/monitoring/agenda-forms";
import { Card } from "@/components/ui/card";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { isoDate } from "@/lib/support/fields";

/**
 * A provider's agenda line "strengthening BDS" on its page: the recorded status (the
 * line's status for the sentra it serves) with its date, note, evidence file and who
 * recorded it; the form for those who manage providers.
 */
export async function BdsStrengtheningCard({
  providerId,
  record,
  canEdit,
  locale,
}: {
  providerId: string;
  record: {
    status: "NOT_STARTED" | "IN_PROGRESS" | "DONE";
    statusDate: Date | null;
    note: string | null;
    version: number;
    updatedAt: Date;
    evidenceFileName: string | null;
    recordedBy: { name: string };
  } | null;
  canEdit: boolean;
  locale: AppLocale;
}) {
  const ta = await getTranslations("monitoring.agenda");
  const tf = await getTranslations("monitoring.form");
  const tst = await getTranslations("monitoring.statuses");
  const evidence: AgendaEvidenceInfo | null = record?.evidenceFileName
    ? { fileName: record.evidenceFileName, href: `/api/bds-strengthening-evidence/${encodeURIComponent(providerId)}` }
    : null;
  return (
    <Card title={ta("bdsProviderTitle")} className="mt-4">
      <p className="mb-2 text-sm text-slate-600">{ta("bdsProviderIntro")}</p>
      <p className="mb-1 text-sm" data-testid="bds-strengthening-status">
        {tst(record?.status ?? "NOT_STARTED")}
        {record?.statusDate ? ` · ${formatDate(record.statusDate, locale)}` : ""}
      </p>
      <p className="mb-3 text-xs text-slate-600">
        {record ? ta("recordedBy", { name: record.recordedBy.name, date: formatDate(record.updatedAt, locale) }) : ta("notRecorded")}
      </p>
      {canEdit ? (
        <BdsStrengtheningForm
          evidence={evidence}
          initial={{
            providerId,
            version: record ? String(record.version) : "",
            status: record?.status ?? "NOT_STARTED",
            statusDate: record?.statusDate ? isoDate(record.statusDate) : "",
            note: record?.note ?? "",
          }}
        />
      ) : (
        <>
          {record?.note ? <p className="text-sm whitespace-pre-line">{record.note}</p> : null}
          {evidence ? (
            <p className="mt-2 text-sm">
              {tf("evidenceCurrent")}{" "}
              <a className="text-emerald-800 underline" href={evidence.href} target="_blank" rel="noreferrer">
                {evidence.fileName}
              </a>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
