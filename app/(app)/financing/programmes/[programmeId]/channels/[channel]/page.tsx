import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InstitutionTable } from "@/components/financing/institution-table";
import { LedgerTable } from "@/components/financing/ledger-table";
import { ReconciliationPanel } from "@/components/financing/reconciliation-panel";
import { StatTiles } from "@/components/financing/stat-tiles";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { isFinancingChannel } from "@/lib/support/codes";
import { getChannelReport } from "@/lib/financing/programme-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent, formatRupiah, formatRupiahCompact } from "@/lib/i18n/format";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = { params: Promise<{ programmeId: string; channel: string }> };

function channelOf(raw: string) {
  return isFinancingChannel(raw) ? raw : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("financing:read");
  const channel = channelOf((await params).channel);
  return recordTitle(channel ? (await getTranslations("support.channels"))(channel) : null);
}

export default async function ChannelPage({ params }: Props) {
  const user = await requirePageUser("financing:read");
  const { programmeId, channel: raw } = await params;
  const channel = channelOf(raw);
  const report = channel ? await getChannelReport(user, programmeId, channel) : null;
  if (!report || !channel) notFound();
  const t = await getTranslations("support.financing");
  const tc = await getTranslations("support.channels");
  const locale = (await getLocale()) as AppLocale;
  const c = report.channel;
  const money = (v: bigint) => formatRupiah(v, locale);
  return (
    <>
      <PageHeader
        title={tc(channel)}
        description={t("channel.subtitle", { programme: report.programme.name, date: formatDate(report.asOf, locale) })}
        actions={
          <Link href={`/financing/programmes/${report.programme.id}`} className="text-sm text-emerald-800 hover:underline">
            {t("channel.backToProgramme", { name: report.programme.name })}
          </Link>
        }
      />
      <StatTiles
        tiles={[
          { label: t("programme.ceiling"), value: formatRupiahCompact(c.ceiling, locale), hint: money(c.ceiling) },
          { label: t("ledger.allocated"), value: formatRupiahCompact(c.allocated, locale), hint: money(c.allocated) },
          { label: t("ledger.disbursed"), value: formatRupiahCompact(c.disbursed, locale), hint: money(c.disbursed) },
          { label: t("ledger.outstanding"), value: formatRupiahCompact(c.outstanding, locale), hint: money(c.outstanding) },
          {
            label: t("ledger.overdue"),
            value: formatRupiahCompact(c.overdue, locale),
            hint: t("programme.overdueHint", { loans: c.overdueLoans, share: formatPercent(c.nplShare, locale, 1) }),
            tone: c.overdue > 0n ? "warn" : undefined,
          },
          {
            label: t("programme.institutions"),
            value: c.plannedInstitutions == null ? formatNumber(c.institutions, locale) : `${c.institutions} / ${c.plannedInstitutions}`,
          },
          {
            label: t("programme.provinces"),
            value: c.plannedProvinces == null ? formatNumber(c.provinces, locale) : `${c.provinces} / ${c.plannedProvinces}`,
          },
          { label: t("channel.standardAmount"), value: c.standardAmount == null ? "—" : money(c.standardAmount) },
          { label: t("programme.clustersReached"), value: formatNumber(c.clusters, locale) },
          { label: t("programme.smesReached"), value: formatNumber(c.smes, locale) },
        ]}
      />
      <ReconciliationPanel ok={report.reconciliation.lines.every((l) => l.ok)} lines={report.reconciliation.lines} locale={locale} />
      <Card title={t("programme.byProvince")} className="mt-4">
        <LedgerTable
          caption={t("programme.byProvince")}
          head={t("programme.province")}
          locale={locale}
          rows={report.provinces.map((p) => ({
            key: p.code,
            label: p.name,
            href: `/financing/institutions?type=${channel}&province=${p.code}`,
            ...p,
          }))}
          total={{ label: t("programme.total"), ...c }}
        />
      </Card>
      <Card title={t("channel.institutions", { count: report.institutions.length })} className="mt-4">
        <InstitutionTable rows={report.institutions} locale={locale} />
      </Card>
    </>
  );
}
