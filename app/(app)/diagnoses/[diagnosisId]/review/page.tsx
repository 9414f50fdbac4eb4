import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AgreementPanel } from "@/components/diagnosis/agreement-panel";
import { AnswersTable } from "@/components/diagnosis/answers-table";
import { ResultExplanation } from "@/components/diagnosis/result-explanation";
import { PeersPanel } from "@/components/diagnosis/peers-panel";
import { ReviewDecision } from "@/components/diagnosis/review-decision";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { markDiagnosisNotificationsRead } from "@/lib/diagnosis/read-notifications";
import { evaluateAnswers } from "@/lib/diagnosis/evaluation";
import { getInstrument } from "@/lib/diagnosis/instruments";
import { getDiagnosisForReview } from "@/lib/diagnosis/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

type Props = { params: Promise<{ diagnosisId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diagnosis.review"))("title") };
}

export default async function ReviewDiagnosisPage({ params }: Props) {
  const user = await requirePageUser("diagnosis:read");
  const d = await getDiagnosisForReview((await params).diagnosisId);
  if (!d) notFound();
  await markDiagnosisNotificationsRead(user, d.id);
  if (d.status === "APPROVED") redirect(`/diagnoses/${d.id}/report`);
  const t = await getTranslations("diagnosis");
  const locale = (await getLocale()) as AppLocale;
  const instrument = getInstrument(d.instrumentCode, d.instrumentVersion);
  const evaluation = evaluateAnswers(instrument, d.answers);
  const canDecide = d.mayDecide && d.status === "SUBMITTED";
  const byline = (c: { author: { name: string }; createdAt: Date }) =>
    t("form.commentBy", { name: c.author.name, date: formatDateTime(c.createdAt, locale) });
  const comments = d.comments.map((c) => ({ id: c.id, indicatorCode: c.indicatorCode, body: c.body, byline: byline(c) }));
  return (
    <>
      <PageHeader
        title={`${t("review.title")}: ${d.cluster.name}`}
        description={[
          d.submittedAt ? t("review.submittedBy", { name: d.assessor.name, date: formatDateTime(d.submittedAt, locale) }) : d.assessor.name,
          t("form.instrument", { code: d.instrumentCode, version: d.instrumentVersion }),
          t(`status.${d.status}`),
        ].join(" · ")}
        actions={
          <Link href={`/clusters/${d.cluster.id}`} className="text-sm text-emerald-800 underline">
            {d.cluster.name}
          </Link>
        }
      />
      {d.isOwn && d.status === "SUBMITTED" ? (
        <p className="mb-4 rounded-md bg-slate-100 p-3 text-sm text-slate-800">{t("review.ownNotice")}</p>
      ) : null}
      {!canDecide && !(d.isOwn && d.status === "SUBMITTED") ? (
        <p className="mb-4 rounded-md bg-slate-100 p-3 text-sm text-slate-800">
          {t("review.readOnly", { status: t(`status.${d.status}`) })}
        </p>
      ) : null}
      <div className="grid gap-4">
        <Card title={t("review.result")}>
          <ResultExplanation instrument={instrument} evaluation={evaluation} locale={locale} headingLevel={3} />
        </Card>
        {evaluation.result.status === "DIAGNOSED" ? (
          <Card title={(await getTranslations("method"))("peersTitle")}>
            <PeersPanel
              viewer={user}
              subject={{
                diagnosisId: d.id,
                clusterId: d.cluster.id,
                commodity: d.cluster.commodity,
                provinceCode: d.cluster.provinceCode,
                stage: evaluation.result.stage,
                instrumentCode: d.instrumentCode,
                instrumentVersion: d.instrumentVersion,
              }}
              result={evaluation.result}
              instrument={instrument}
              locale={locale}
              provinceName={d.cluster.province.name}
            />
          </Card>
        ) : null}
        {d.secondScorings.length > 0 ? (
          <Card title={t("review.secondTitle")}>
            <div className="grid gap-4">
              {d.secondScorings.map((s) => (
                <AgreementPanel
                  key={s.id}
                  instrument={instrument}
                  primary={d.answers}
                  second={{ assessorName: s.assessor.name, answers: s.answers }}
                  locale={locale}
                  canSettle={canDecide}
                />
              ))}
            </div>
          </Card>
        ) : null}
        <Card title={t("review.answers")}>
          <AnswersTable
            instrument={instrument}
            answers={d.answers}
            locale={locale}
            files={d.evidenceFiles}
            comments={comments}
            withCommentBoxes={canDecide}
          />
        </Card>
        {canDecide ? (
          <Card title={t("review.decide")} className="print:hidden">
            <ReviewDecision
              diagnosisId={d.id}
              version={d.version}
              currentStage={d.cluster.currentStage}
              instrument={instrument}
              result={evaluation.result}
              answers={d.answers}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
