import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DiagnosisForm } from "@/components/diagnosis/diagnosis-form";
import { FixedConditionsNote } from "@/components/diagnosis/method-notes";
import { InstrumentVersionSwitch } from "@/components/diagnosis/instrument-version-switch";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { markDiagnosisNotificationsRead } from "@/lib/diagnosis/read-notifications";
import { canSwitchToCurrent, CURRENT_INSTRUMENT, getInstrument } from "@/lib/diagnosis/instruments";
import { provisionalResult } from "@/lib/diagnosis/evaluation";
import { getDiagnosisForEdit } from "@/lib/diagnosis/queries";
import { DISCARDABLE_STATUSES, EDITABLE_STATUSES } from "@/lib/diagnosis/transitions";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

type Props = { params: Promise<{ diagnosisId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diagnosis.form"))("title") };
}

export default async function EditDiagnosisPage({ params }: Props) {
  const user = await requirePageUser("diagnosis:fill");
  const { diagnosisId } = await params;
  const d = await getDiagnosisForEdit(diagnosisId);
  if (!d) notFound();
  await markDiagnosisNotificationsRead(user, d.id);
  if (!EDITABLE_STATUSES.includes(d.status)) redirect(`/diagnoses/${d.id}`);
  const t = await getTranslations("diagnosis");
  const locale = (await getLocale()) as AppLocale;
  const instrument = getInstrument(d.instrumentCode, d.instrumentVersion);
  return (
    <>
      <PageHeader
        title={`${d.role === "SECOND" ? t("form.secondTitle") : t("form.title")}: ${d.cluster.name}`}
        description={`${t("form.instrument", { code: d.instrumentCode, version: d.instrumentVersion })} · ${t(`status.${d.status}`)}`}
        actions={
          <Link href={`/clusters/${d.cluster.id}`} className="text-sm text-emerald-800 underline">
            {d.cluster.name}
          </Link>
        }
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("form.intro")}</p>
      {d.role === "SECOND" ? <p className="mb-4 rounded-md bg-sky-50 p-3 text-sm text-sky-900">{t("form.blindNotice")}</p> : null}
      {d.role === "PRIMARY" && canSwitchToCurrent(d.instrumentCode, d.instrumentVersion) ? (
        <InstrumentVersionSwitch diagnosisId={d.id} version={d.version} from={d.instrumentVersion} current={CURRENT_INSTRUMENT.version} />
      ) : null}
      <FixedConditionsNote instrument={instrument} locale={locale} />
      <DiagnosisForm
        id={d.id}
        clusterId={d.cluster.id}
        role={d.role}
        version={d.version}
        answers={d.answers}
        savedAt={d.savedAt}
        canDiscard={DISCARDABLE_STATUSES.includes(d.status)}
        instrument={instrument}
        initialResult={provisionalResult(instrument, d.answers)}
        files={d.evidenceFiles.map((f) => ({ id: f.id, fileName: f.fileName }))}
        comments={
          d.status === "RETURNED" && d.returnedAt
            ? // Only the latest return's comments: they are written with it.
              d.comments
                .filter((c) => c.createdAt.getTime() >= d.returnedAt!.getTime() - 5000)
                .map((c) => ({
                  id: c.id,
                  indicatorCode: c.indicatorCode,
                  body: c.body,
                  byline: t("form.commentBy", { name: c.author.name, date: formatDateTime(c.createdAt, locale) }),
                }))
            : []
        }
      />
    </>
  );
}
