import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DisbursementForm, InstitutionForm, RepaymentForm } from "@/components/financing/institution-forms";
import { ReverseEntryForm } from "@/components/financing/reverse-entry-form";
import { ReversibleEntryCard } from "@/components/financing/reversible-entry-card";
import { StatTiles } from "@/components/financing/stat-tiles";
import { LedgerLinks } from "@/components/support/ledger-links";
import { ReversalNote, STRUCK } from "@/components/support/reversal-note";
import { Card } from "@/components/ui/card";
import { ActionCell, DataTable, RowHeader } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getInstitution, getInstitutionFormOptions, getSmeOptions } from "@/lib/financing/institution-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { cn } from "@/components/ui/cn";
import { formatDate, formatPercent, formatRupiah } from "@/lib/i18n/format";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import type { RawSearchParams } from "@/lib/http/search-params";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = {
  params: Promise<{ institutionId: string }>;
  searchParams: Promise<RawSearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser("financing:read");
  const institution = await getInstitution(user, (await params).institutionId);
  return recordTitle(institution?.name);
}

export default async function InstitutionPage({ params, searchParams }: Props) {
  const user = await requirePageUser("financing:read");
  const hideReversed = (await searchParams).hideReversed === "1";
  const institution = await getInstitution(user, (await params).institutionId, undefined, { hideReversed });
  if (!institution) notFound();
  const canManage = can(user.role, "financing:manage");
  const [smes, formOptions] = canManage
    ? await Promise.all([getSmeOptions(user, institution.clusterId), getInstitutionFormOptions(user)])
    : [null, null];
  const t = await getTranslations("support.financing");
  const tl = await getTranslations("ledger");
  const tc = await getTranslations("support.channels");
  const locale = (await getLocale()) as AppLocale;
  const money = (v: bigint) => formatRupiah(v, locale);
  const today = isoDate(todayInJakarta());
  const { totals } = institution;
  const ledger = { institutionId: institution.id, canManage, today, locale };
  const repayments = institution.disbursements.flatMap((d) => d.repayments.map((r) => ({ ...r, loan: d })));
  return (
    <>
      <PageHeader
        title={institution.name}
        description={[
          tc(institution.type),
          institution.province.name,
          institution.cluster ? t("institution.serves", { cluster: institution.cluster.name }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <Link href="/financing/institutions" className="text-sm text-emerald-800 hover:underline">
            {t("institutionsTitle")}
          </Link>
        }
      />
      <StatTiles
        tiles={[
          { label: t("ledger.allocated"), value: money(totals.allocated) },
          { label: t("ledger.disbursed"), value: money(totals.disbursed) },
          { label: t("ledger.remaining"), value: money(totals.remaining) },
          { label: t("ledger.repaid"), value: money(totals.repaid) },
          { label: t("ledger.outstanding"), value: money(totals.outstanding) },
          {
            label: t("ledger.overdue"),
            value: money(totals.overdue),
            hint: formatPercent(totals.nplShare, locale, 1),
            tone: totals.overdue > 0n ? "warn" : undefined,
          },
        ]}
      />
      <LedgerLinks
        href={`/financing/institutions/${institution.id}`}
        hideReversed={hideReversed}
        exportHref={`/api/export/institutions/${institution.id}/ledger`}
        exportLabel={tl("exportCsv")}
      />
      <ReversibleEntryCard
        title={t("institution.allocations")}
        kind="ALLOCATION"
        rows={institution.allocations}
        empty={t("noAllocations")}
        columns={[t("form.date"), t("programmes"), t("form.channel")]}
        entry={(a) => formatDate(a.allocatedOn, locale)}
        cells={(a) => [
          <Link key="programme" href={`/financing/programmes/${a.channel.programme.id}`} className="text-emerald-800 hover:underline">
            {a.channel.programme.name}
          </Link>,
          tc(a.channel.channel),
        ]}
        entryLabel={(a) => money(a.amount)}
        {...ledger}
      />
      <Card title={t("institution.disbursements")} className="mt-4">
        <DataTable
          rows={institution.disbursements}
          empty={t("noDisbursements")}
          columns={[
            { label: t("form.sme") },
            { label: t("form.purpose") },
            { label: t("form.date") },
            { label: t("institution.due") },
            { label: t("form.amount"), numeric: true },
            { label: t("ledger.repaid"), numeric: true },
            // Its cells keep their padding when it is the last column (no repay column).
            { label: t("ledger.outstanding"), numeric: true, flush: false },
            ...(canManage ? [{ label: t("form.repay") }] : []),
          ]}
        >
          {(d) => (
            <tr key={d.id} className={d.isOverdue ? "bg-red-50" : d.reversesId ? "bg-slate-50" : undefined}>
              <RowHeader href={`/smes/${d.sme.id}`} label={d.sme.businessName}>
                <span className="block text-xs text-slate-600">{d.sme.cluster.name}</span>
              </RowHeader>
              <td className="py-1 pr-3">
                <span className={cn(d.reversedBy && STRUCK)}>{d.purpose}</span>
                <ReversalNote entry={d} locale={locale} />
              </td>
              <td className="py-1 pr-3">{formatDate(d.disbursedOn, locale)}</td>
              <td className="py-1 pr-3">
                {formatDate(d.dueOn, locale)}
                {d.isOverdue ? (
                  <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">{t("institution.overdueBadge")}</span>
                ) : null}
              </td>
              <td className={cn("whitespace-nowrap py-1 pr-3 text-right tabular-nums", d.reversedBy && STRUCK)}>{money(d.amount)}</td>
              <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{money(d.repaid)}</td>
              <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{money(d.outstanding)}</td>
              {/* A live loan: its repayment (or "settled") and its reversal; nothing on a reversed one or a reversal. */}
              <ActionCell shown={canManage}>
                {d.isLive ? (
                  <>
                    {d.outstanding > 0n ? (
                      <RepaymentForm disbursementId={d.id} label={d.sme.businessName} today={today} />
                    ) : (
                      <span className="text-xs text-emerald-800">{t("institution.settled")}</span>
                    )}
                    <ReverseEntryForm
                      kind="DISBURSEMENT"
                      entryId={d.id}
                      institutionId={institution.id}
                      label={`${d.sme.businessName} ${money(d.amount)}`}
                      today={today}
                    />
                  </>
                ) : null}
              </ActionCell>
            </tr>
          )}
        </DataTable>
      </Card>
      <ReversibleEntryCard
        title={tl("repayments")}
        className="mt-4"
        kind="REPAYMENT"
        rows={repayments}
        empty={tl("noRepayments")}
        columns={[tl("loan"), t("form.date")]}
        entry={(r) => `${r.loan.sme.businessName} · ${formatDate(r.loan.disbursedOn, locale)}`}
        cells={(r) => [formatDate(r.paidOn, locale)]}
        entryLabel={(r) => `${r.loan.sme.businessName} ${money(r.amount)}`}
        {...ledger}
      />
      {smes && formOptions ? (
        <>
          <Card title={t("form.newDisbursement")} className="mt-4">
            <p className="mb-3 text-sm text-slate-600">{t("institution.remainingHint", { amount: money(totals.remaining) })}</p>
            <DisbursementForm institutionId={institution.id} smes={smes} today={today} />
          </Card>
          <Card title={t("form.editInstitution")} className="mt-4">
            <InstitutionForm
              key={institution.version}
              provinces={formOptions.provinces}
              clusters={formOptions.clusters}
              institution={{
                id: institution.id,
                version: institution.version,
                type: institution.type,
                name: institution.name,
                provinceCode: institution.provinceCode,
                clusterId: institution.clusterId,
              }}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}
