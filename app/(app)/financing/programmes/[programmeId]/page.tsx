import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AllocationForm } from "@/components/financing/allocation-form";
import { LedgerTable } from "@/components/financing/ledger-table";
import { ChannelForm } from "@/components/financing/programme-forms";
import { ReconciliationPanel } from "@/components/financing/reconciliation-panel";
import { StatTiles } from "@/components/financing/stat-tiles";
import { Card } from "@/components/ui/card";
import { DataTable, RowHeader } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getAllocationOptions } from "@/lib/financing/institution-queries";
import { getProgrammeReport } from "@/lib/financing/programme-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent, formatRupiah, formatRupiahCompact } from "@/lib/i18n/format";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = { params: Promise<{ programmeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser("financing:read");
  const report = await getProgrammeReport(user, (await params).programmeId);
  return recordTitle(report?.programme.name);
}

export default async function ProgrammePage({ params }: Props) {
  const user = await requirePageUser("financing:read");
  const report = await getProgrammeReport(user, (await params).programmeId);
  if (!report) notFound();
  const t = await getTranslations("support.financing");
  const tc = await getTranslations("support.channels");
  const locale = (await getLocale()) as AppLocale;
  const canManage = can(user.role, "financing:manage");
  const options = canManage ? await getAllocationOptions(user, report.programme.id) : null;
  const { programme, totals } = report;
  const plan = (actual: number, planned: number | null) =>
    planned == null ? formatNumber(actual, locale) : `${formatNumber(actual, locale)} / ${formatNumber(planned, locale)}`;
  return (
    <>
      <PageHeader
        title={programme.name}
        description={t("programme.subtitle", {
          year: programme.year,
          budget: formatRupiahCompact(programme.budget, locale),
          date: formatDate(report.asOf, locale),
        })}
        actions={
          <Link href="/financing" className="text-sm text-emerald-800 hover:underline">
            {t("backToFinancing")}
          </Link>
        }
      />
      <StatTiles
        tiles={[
          {
            label: t("programme.budget"),
            value: formatRupiahCompact(programme.budget, locale),
            hint: formatRupiah(programme.budget, locale),
          },
          {
            label: t("ledger.allocated"),
            value: formatRupiahCompact(totals.allocated, locale),
            hint: formatRupiah(totals.allocated, locale),
          },
          {
            label: t("ledger.disbursed"),
            value: formatRupiahCompact(totals.disbursed, locale),
            hint: formatRupiah(totals.disbursed, locale),
          },
          { label: t("ledger.repaid"), value: formatRupiahCompact(totals.repaid, locale), hint: formatRupiah(totals.repaid, locale) },
          {
            label: t("ledger.outstanding"),
            value: formatRupiahCompact(totals.outstanding, locale),
            hint: formatRupiah(totals.outstanding, locale),
          },
          {
            label: t("ledger.overdue"),
            value: formatRupiahCompact(totals.overdue, locale),
            hint: t("programme.overdueHint", { loans: totals.overdueLoans, share: formatPercent(totals.nplShare, locale, 1) }),
            tone: totals.overdue > 0n ? "warn" : undefined,
          },
          { label: t("programme.institutions"), value: formatNumber(totals.institutions, locale) },
          { label: t("programme.provinces"), value: formatNumber(totals.provinces, locale) },
          { label: t("programme.clustersReached"), value: formatNumber(totals.clusters, locale) },
          { label: t("programme.smesReached"), value: formatNumber(totals.smes, locale) },
        ]}
      />
      <Card title={t("programme.byChannel")}>
        <LedgerTable
          caption={t("programme.byChannel")}
          head={t("programme.channel")}
          extraHeads={[t("programme.ceiling"), t("programme.provincesPlan"), t("programme.smes")]}
          locale={locale}
          rows={report.channels.map((c) => ({
            key: c.id,
            label: tc(c.channel),
            href: `/financing/programmes/${programme.id}/channels/${c.channel}`,
            extra: [formatRupiah(c.ceiling, locale), plan(c.provinces, c.plannedProvinces), formatNumber(c.smes, locale)],
            ...c,
            institutions: c.institutions,
          }))}
          total={{
            label: t("programme.total"),
            extra: [formatRupiah(totals.ceilings, locale), formatNumber(totals.provinces, locale), formatNumber(totals.smes, locale)],
            ...totals,
          }}
        />
        <p className="mt-2 text-xs text-slate-600">{t("programme.institutionsNote")}</p>
      </Card>
      <div className="mt-4">
        <ReconciliationPanel ok={report.reconciliation.ok} lines={report.reconciliation.lines} locale={locale} />
      </div>
      <Card title={t("programme.byProvince")} className="mt-4">
        {report.provinces.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noAllocations")}</p>
        ) : (
          <LedgerTable
            caption={t("programme.byProvince")}
            head={t("programme.province")}
            locale={locale}
            rows={report.provinces.map((p) => ({ key: p.code, label: p.name, href: `/financing/institutions?province=${p.code}`, ...p }))}
            total={{ label: t("programme.total"), ...totals }}
          />
        )}
      </Card>
      <Card title={t("programme.clustersTitle")} className="mt-4">
        <DataTable
          rows={report.clusters}
          empty={t("noDisbursements")}
          columns={[
            { label: t("programme.cluster") },
            { label: t("programme.province") },
            { label: t("programme.smes"), numeric: true },
            { label: t("programme.loans"), numeric: true },
            { label: t("ledger.disbursed"), numeric: true },
            { label: t("ledger.outstanding"), numeric: true },
          ]}
        >
          {(c) => (
            <tr key={c.id}>
              <RowHeader href={`/clusters/${c.id}`} label={c.name} />
              <td className="py-1 pr-3">{c.province}</td>
              <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{formatNumber(c.smes, locale)}</td>
              <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{formatNumber(c.loans, locale)}</td>
              <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{formatRupiah(c.disbursed, locale)}</td>
              <td className="whitespace-nowrap py-1 text-right tabular-nums">{formatRupiah(c.outstanding, locale)}</td>
            </tr>
          )}
        </DataTable>
      </Card>
      {options ? (
        <>
          <Card title={t("form.newAllocation")} className="mt-4">
            {options.channels.length === 0 ? (
              <p className="text-sm text-slate-600">{t("form.noChannels")}</p>
            ) : (
              <AllocationForm
                today={isoDate(todayInJakarta())}
                channels={options.channels.map((c) => ({
                  id: c.id,
                  channel: c.channel,
                  standardAmount: c.standardAmount?.toString() ?? null,
                }))}
                institutions={options.institutions}
              />
            )}
          </Card>
          <Card title={t("form.channels")} className="mt-4">
            <div className="flex flex-col gap-4 divide-y divide-slate-100">
              {report.channels.map((c) => (
                <ChannelForm
                  key={`${c.id}-${c.version}`}
                  programmeId={programme.id}
                  taken={report.channels.map((x) => x.channel)}
                  channel={{
                    id: c.id,
                    version: c.version,
                    channel: c.channel,
                    ceiling: c.ceiling.toString(),
                    standardAmount: c.standardAmount?.toString() ?? null,
                    plannedInstitutions: c.plannedInstitutions,
                    plannedProvinces: c.plannedProvinces,
                  }}
                />
              ))}
              <div className="pt-4">
                <ChannelForm programmeId={programme.id} taken={report.channels.map((x) => x.channel)} />
              </div>
            </div>
          </Card>
        </>
      ) : null}
    </>
  );
}
