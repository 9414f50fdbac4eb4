import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { GroupRadar } from "@/components/diagnosis/group-radar";
import { PrintButton } from "@/components/diagnosis/print-button";
import { RecommendedAssistance } from "@/components/diagnosis/recommended-assistance";
import { ResultExplanation } from "@/components/diagnosis/result-explanation";
import { RescorePanel } from "@/components/diagnosis/method-notes";
import { PeersPanel } from "@/components/diagnosis/peers-panel";
import type { Answers } from "@/lib/diagnosis/answers";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getReport } from "@/lib/diagnosis/history-queries";
import { getInstrument } from "@/lib/diagnosis/instruments";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent, formatRupiah } from "@/lib/i18n/format";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = { params: Promise<{ diagnosisId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("diagnosis:read");
  const report = await getReport((await params).diagnosisId);
  const t = await getTranslations("diagnosis.report");
  return recordTitle(report ? t("title", { cluster: report.cluster.name }) : null);
}

export default async function ReportPage({ params }: Props) {
  const viewer = await requirePageUser("diagnosis:read");
  const report = await getReport((await params).diagnosisId);
  if (!report) notFound();
  const t = await getTranslations("diagnosis");
  const locale = (await getLocale()) as AppLocale;
  const instrument = getInstrument(report.instrumentCode, report.instrumentVersion);
  const stored = report.result;
  const c = report.cluster;
  const facts: Array<[string, string]> = [
    [t("report.commodity"), c.commodity],
    [t("report.location"), [c.regency?.name, c.province.name].filter(Boolean).join(", ")],
    [t("report.established"), c.yearEstablished ? String(c.yearEstablished) : "—"],
    [t("report.workers"), formatNumber(c.workerCount, locale)],
    [t("report.smes"), formatNumber(c._count.smes, locale)],
    [t("report.production"), c.productionValue != null ? formatRupiah(c.productionValue, locale) : "—"],
    [t("report.export"), c.exportSharePct != null ? formatPercent(c.exportSharePct / 100, locale) : "—"],
    [t("report.provider"), c.bdsProvider?.name ?? "—"],
  ];
  const indicators = indicatorIndex(instrument);
  const indicatorName = (code: string | null) => (code ? (indicators.get(code)?.indicator.name[locale] ?? code) : "");
  const radar = stored.result.groups.map((g) => ({
    name: instrument.groups.find((x) => x.code === g.group)?.name[locale] ?? g.group,
    score: Math.round((g.score ?? 0) * 10) / 10,
  }));
  return (
    <article className="report">
      {/* Printing shows the report alone: no app header or navigation. */}
      <style>
        {
          "@media print { body > div > header, header[class*='border-b'] { display: none !important; } main { padding: 0 !important; } @page { margin: 14mm; } }"
        }
      </style>
      <PageHeader
        title={t("report.title", { cluster: c.name })}
        description={t("report.approvedOn", {
          date: formatDate(report.approvedAt!, locale),
          reviewer: report.reviewer?.name ?? "—",
          assessor: report.assessor.name,
        })}
        actions={
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <StageBadge stage={report.resultStage} />
            <PrintButton label={t("report.print")} />
            <a
              href={`/api/diagnoses/${report.id}/pdf`}
              className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800"
            >
              {t("report.pdf")}
            </a>
          </div>
        }
      />
      <div className="grid gap-4 print:block">
        <Card title={t("report.facts")} className="break-inside-avoid">
          <FactList facts={facts} className="grid grid-cols-2 gap-x-6 gap-y-2 md:grid-cols-4" />
          <p className="mt-3 text-sm">
            <Link href={`/clusters/${c.id}`} className="text-emerald-800 underline print:no-underline">
              {c.name}
            </Link>
          </p>
        </Card>
        <Card title={t("report.radar")} className="break-inside-avoid print:mt-4">
          <GroupRadar data={radar} label={t("report.radar")} />
        </Card>
        <Card
          title={`${t("report.stage")}: ${(await getTranslations("stages"))(stored.result.stage)}`}
          className="break-inside-avoid print:mt-4"
        >
          <ResultExplanation instrument={instrument} evaluation={stored} locale={locale} headingLevel={3} />
          <div className="mt-4">
            <RescorePanel instrument={instrument} answers={report.answers as Answers} />
          </div>
        </Card>
        {stored.result.status === "DIAGNOSED" ? (
          <Card title={(await getTranslations("method"))("peersTitle")} className="break-inside-avoid print:mt-4">
            <PeersPanel
              viewer={viewer}
              subject={{
                diagnosisId: report.id,
                clusterId: c.id,
                commodity: c.commodity,
                provinceCode: c.provinceCode,
                stage: stored.result.stage,
                instrumentCode: report.instrumentCode,
                instrumentVersion: report.instrumentVersion,
              }}
              result={stored.result}
              instrument={instrument}
              locale={locale}
              provinceName={c.province.name}
            />
          </Card>
        ) : null}
        <Card title={t("report.assistance")} className="break-inside-avoid print:mt-4">
          <RecommendedAssistance instrument={instrument} recommendation={stored.recommendation} locale={locale} />
        </Card>
        {report.reviewComment ? (
          <Card title={t("form.reviewerComment")} className="print:mt-4">
            <p className="text-sm">{report.reviewComment}</p>
          </Card>
        ) : null}
        {report.approvalComments.length > 0 ? (
          <Card title={t("report.approvalComments")} className="break-inside-avoid print:mt-4">
            <ul className="grid gap-2 text-sm" data-testid="approval-comments">
              {report.approvalComments.map((c) => (
                <li key={c.id}>
                  <span className="font-medium">{indicatorName(c.indicatorCode)}:</span> {c.body}{" "}
                  <span className="text-xs text-slate-600">
                    ({t("form.commentBy", { name: c.author.name, date: formatDate(c.createdAt, locale) })})
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <p className="text-xs text-slate-500">
          {t("report.instrument", { code: report.instrumentCode, version: report.instrumentVersion, hash: report.inputHash ?? "—" })}
        </p>
      </div>
    </article>
  );
}
