import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { StatTiles } from "@/components/financing/stat-tiles";
import { AgreementForm } from "@/components/providers/agreement-form";
import { DeliveryForm } from "@/components/providers/delivery-form";
import { BdsStrengtheningCard } from "@/components/monitoring/bds-strengthening-card";
import { JointProgrammesCard } from "@/components/providers/joint-programmes-card";
import { ReverseDeliveryForm } from "@/components/providers/reverse-delivery-form";
import { ServicesChart } from "@/components/providers/services-chart";
import { LedgerLinks } from "@/components/support/ledger-links";
import { ReversalNote, STRUCK } from "@/components/support/reversal-note";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { cn } from "@/components/ui/cn";
import { ActionCell, DataTable, RowHeader } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { RecordListCard } from "@/components/ui/record-list-card";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { BDS_SERVICES } from "@/lib/support/codes";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatRupiah, formatRupiahCompact } from "@/lib/i18n/format";
import {
  getAgreementFormOptions,
  getDeliveryFormOptions,
  getJointPartnerOptions,
  getProviderPage,
  listJointProgrammes,
} from "@/lib/providers/queries";
import { isoDate, todayInJakarta } from "@/lib/support/fields";
import type { RawSearchParams } from "@/lib/http/search-params";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = {
  params: Promise<{ providerId: string }>;
  searchParams: Promise<RawSearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser("providers:read");
  const page = await getProviderPage(user, (await params).providerId);
  return recordTitle(page?.provider.name);
}

export default async function ProviderPage({ params, searchParams }: Props) {
  const user = await requirePageUser("providers:read");
  const hideReversed = (await searchParams).hideReversed === "1";
  const page = await getProviderPage(user, (await params).providerId, { hideReversed });
  if (!page) notFound();
  const { provider } = page;
  const t = await getTranslations("support.providers");
  const ts = await getTranslations("support.services");
  const ta = await getTranslations("support.accreditation");
  const tst = await getTranslations("stages");
  const tc = await getTranslations("common");
  const tl = await getTranslations("ledger");
  const locale = (await getLocale()) as AppLocale;
  const canManage = can(user.role, "providers:manage");
  const canRecord = can(user.role, "services:record") && (user.role !== "CONSULTANT" || user.bdsProviderId === provider.id);
  const today = isoDate(todayInJakarta());
  const [deliveryClusters, agreementClusters, jointProgrammes, jointPartners] = await Promise.all([
    canRecord ? getDeliveryFormOptions(user) : Promise.resolve([]),
    canManage ? getAgreementFormOptions(user) : Promise.resolve([]),
    listJointProgrammes(user, provider.id),
    canManage ? getJointPartnerOptions(user, provider.id) : Promise.resolve([]),
  ]);

  // Services by year: one row per year, one column per service that occurs.
  const years = [...new Set(page.servicesByYear.map((r) => r.year))].sort();
  const used = BDS_SERVICES.filter((s) => page.servicesByYear.some((r) => r.service === s));
  const count = (year: number, service: string) =>
    page.servicesByYear.find((r) => r.year === year && r.service === service)?.deliveries ?? 0;
  const chartRows = years.map((year) => ({ year: String(year), ...Object.fromEntries(used.map((s) => [s, count(year, s)])) }));
  const money = (v: bigint) => formatRupiah(v, locale);
  const facts: Array<[string, string]> = [
    [t("form.legalForm"), provider.legalForm ?? "—"],
    [t("form.province"), provider.province.name],
    [t("form.address"), provider.address ?? "—"],
    [t("form.contactName"), [provider.contactName, provider.contactPhone, provider.contactEmail].filter(Boolean).join(" · ") || "—"],
    [
      t("form.accreditationStatus"),
      `${ta(provider.accreditationStatus)}${provider.accreditationBody ? ` — ${provider.accreditationBody}` : ""}`,
    ],
    [
      t("form.accreditedOn"),
      provider.accreditedOn
        ? `${formatDate(provider.accreditedOn, locale)}${provider.accreditationExpiresOn ? ` – ${formatDate(provider.accreditationExpiresOn, locale)}` : ""}`
        : "—",
    ],
    [t("form.networkName"), provider.networkName ?? "—"],
    [t("form.networkMemberships"), provider.networkMemberships.join("; ") || "—"],
  ];
  const moveLabel = {
    UP: t("stages.up"),
    SAME: t("stages.same"),
    DOWN: t("stages.down"),
    ONE: t("stages.one"),
    NONE: t("stages.none"),
  } as const;
  const hasStages = page.centres.some((c) => c.move !== "NONE");
  return (
    <>
      <PageHeader
        title={provider.name}
        description={t("subtitle", { province: provider.province.name })}
        actions={
          <div className="flex items-center gap-3">
            <Link href="/providers" className="text-sm text-emerald-800 hover:underline">
              {t("backToList")}
            </Link>
            {canManage ? (
              <Link
                href={`/providers/${provider.id}/edit`}
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
              >
                {t("edit")}
              </Link>
            ) : null}
          </div>
        }
      />
      <StatTiles
        tiles={[
          { label: t("tiles.centres"), value: formatNumber(page.centres.length, locale) },
          { label: t("tiles.deliveries"), value: formatNumber(page.incomeTotal.deliveries, locale) },
          { label: t("tiles.participants"), value: formatNumber(page.incomeTotal.participants, locale) },
          { label: t("tiles.direct"), value: formatRupiahCompact(page.incomeTotal.direct, locale), hint: money(page.incomeTotal.direct) },
          {
            label: t("tiles.indirect"),
            value: formatRupiahCompact(page.incomeTotal.indirect, locale),
            hint: money(page.incomeTotal.indirect),
          },
        ]}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("profile")}>
          <FactList facts={facts} className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2" valueClassName="text-sm text-slate-900" />
          <h3 className="mb-1 mt-4 text-sm font-semibold text-slate-800">{t("form.services")}</h3>
          <ul className="flex flex-wrap gap-1" aria-label={t("form.services")}>
            {BDS_SERVICES.map((s) => (
              <li
                key={s}
                className={`rounded px-2 py-0.5 text-xs ${provider.services.includes(s) ? "bg-emerald-100 text-emerald-900" : "bg-slate-100 text-slate-600 line-through"}`}
              >
                <span className="sr-only">{provider.services.includes(s) ? t("offered") : t("notOffered")}: </span>
                {ts(s)}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("consultants")}>
          {provider.consultants.length === 0 ? (
            <p className="text-sm text-slate-600">{tc("none")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {provider.consultants.map((c) => (
                <li key={c.id}>
                  {c.name} <span className="text-xs text-slate-500">{c.email}</span>
                  <span className="block text-xs text-slate-600">
                    {t("assignedCentres", { count: c._count.assignments })}
                    {c.isActive ? "" : ` · ${tc("inactive")}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-xs text-slate-600">{t("consultantsHint")}</p>
        </Card>
      </div>

      <Card title={t("servicesOverTime")} className="mt-4">
        {chartRows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noDeliveries")}</p>
        ) : (
          <>
            <ServicesChart rows={chartRows} series={used.map((s) => ({ key: s, label: ts(s) }))} />
            <DataTable
              className="mt-3"
              caption={t("servicesTableCaption")}
              rows={used}
              columns={[
                { label: t("delivery.service") },
                ...years.map((y) => ({ label: y, numeric: true })),
                { label: t("total"), numeric: true },
              ]}
            >
              {(s) => (
                <tr key={s}>
                  <RowHeader label={ts(s)} />
                  {years.map((y) => (
                    <td key={y} className="py-1 pr-3 text-right tabular-nums">
                      {count(y, s)}
                    </td>
                  ))}
                  <td className="py-1 text-right tabular-nums">{years.reduce((sum, y) => sum + count(y, s), 0)}</td>
                </tr>
              )}
            </DataTable>
          </>
        )}
      </Card>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Card title={t("income")}>
          <DataTable
            scroll={false}
            caption={t("income")}
            rows={page.income}
            empty={t("noDeliveries")}
            columns={[
              { label: t("year") },
              { label: t("tiles.deliveries"), numeric: true },
              { label: t("tiles.direct"), numeric: true },
              { label: t("tiles.indirect"), numeric: true },
            ]}
            footer={
              <tr>
                <th scope="row" className="py-1 pr-3 text-left">
                  {t("total")}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{page.incomeTotal.deliveries}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(page.incomeTotal.direct)}</td>
                <td className="py-1 text-right tabular-nums">{money(page.incomeTotal.indirect)}</td>
              </tr>
            }
          >
            {(r) => (
              <tr key={r.year}>
                <RowHeader label={r.year} />
                <td className="py-1 pr-3 text-right tabular-nums">{r.deliveries}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{money(r.direct)}</td>
                <td className="py-1 text-right tabular-nums">{money(r.indirect)}</td>
              </tr>
            )}
          </DataTable>
          <p className="mt-2 text-xs text-slate-600">{t("incomeHint")}</p>
        </Card>
        <Card title={t("stages.title")}>
          {!hasStages ? <p className="mb-2 rounded bg-slate-50 p-2 text-sm text-slate-700">{t("stages.noData")}</p> : null}
          <DataTable
            scroll={false}
            caption={t("stages.title")}
            rows={page.centres}
            empty={t("noCentres")}
            columns={[
              { label: t("delivery.cluster") },
              { label: t("stages.first") },
              { label: t("stages.latest") },
              { label: t("stages.movement") },
            ]}
          >
            {(c) => (
              <tr key={c.id}>
                <RowHeader href={`/clusters/${c.id}`} label={c.name}>
                  <span className="block text-xs text-slate-500">{c.province.name}</span>
                </RowHeader>
                <td className="py-1 pr-3">{c.first ? `${tst(c.first.stage)} (${formatDate(c.first.decidedAt, locale)})` : "—"}</td>
                <td className="py-1 pr-3">{c.latest ? <StageBadge stage={c.latest.stage} /> : "—"}</td>
                <td className={`py-1 ${c.move === "UP" ? "text-emerald-800" : c.move === "DOWN" ? "text-red-700" : "text-slate-600"}`}>
                  {moveLabel[c.move]}
                </td>
              </tr>
            )}
          </DataTable>
        </Card>
      </div>

      {can(user.role, "monitoring:read") ? (
        <BdsStrengtheningCard providerId={provider.id} record={provider.strengthening} canEdit={canManage} locale={locale} />
      ) : null}

      <JointProgrammesCard
        providerId={provider.id}
        programmes={jointProgrammes}
        partners={jointPartners}
        canManage={canManage}
        canOpenPartners={user.role !== "CONSULTANT"}
        locale={locale}
      />

      <RecordListCard
        title={t("agreements")}
        records={provider.agreements}
        empty={t("noAgreements")}
        edit={
          canManage
            ? {
                label: t("agreement.edit"),
                form: (a) => (
                  <AgreementForm
                    key={a.version}
                    providerId={provider.id}
                    clusters={agreementClusters}
                    agreement={{
                      id: a.id,
                      version: a.version,
                      year: a.year,
                      number: a.number,
                      signedOn: a.signedOn ? isoDate(a.signedOn) : null,
                      sponsorName: a.sponsorName,
                      notes: a.notes,
                      clusterIds: a.clusters.map((c) => c.cluster.id),
                    }}
                  />
                ),
              }
            : undefined
        }
        create={
          canManage
            ? { label: t("agreement.newTitle"), form: <AgreementForm providerId={provider.id} clusters={agreementClusters} /> }
            : undefined
        }
      >
        {(a) => (
          <>
            <p className="text-sm font-medium">
              {t("agreement.heading", { year: a.year })}
              {a.number ? <span className="ml-2 text-xs text-slate-600">{a.number}</span> : null}
              {a.signedOn ? (
                <span className="ml-2 text-xs text-slate-600">{t("agreement.signed", { date: formatDate(a.signedOn, locale) })}</span>
              ) : null}
            </p>
            {a.sponsorName ? <p className="text-sm text-slate-700">{t("agreement.sponsoredBy", { name: a.sponsorName })}</p> : null}
            <p className="mt-1 text-sm text-slate-700">
              {t("agreement.covers", { count: a.clusters.length })}{" "}
              {a.clusters.map((c, i) => (
                <span key={c.cluster.id}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/clusters/${c.cluster.id}`} className="text-emerald-800 hover:underline">
                    {c.cluster.name}
                  </Link>
                </span>
              ))}
            </p>
            {a.notes ? <p className="mt-1 text-xs text-slate-600">{a.notes}</p> : null}
          </>
        )}
      </RecordListCard>

      {canRecord ? (
        <Card title={t("delivery.title")} className="mt-4">
          {provider.services.length === 0 ? (
            <p className="text-sm text-slate-600">{t("delivery.noServices")}</p>
          ) : (
            <DeliveryForm providerId={provider.id} services={provider.services} clusters={deliveryClusters} today={today} />
          )}
        </Card>
      ) : null}

      <Card title={t("deliveries")} className="mt-4">
        <LedgerLinks
          href={`/providers/${provider.id}`}
          hideReversed={hideReversed}
          exportHref={`/api/export/providers/${provider.id}/deliveries`}
          exportLabel={tl("deliveries.exportCsv")}
        />
        <DataTable
          caption={t("deliveries")}
          rows={page.deliveries}
          empty={t("noDeliveries")}
          columns={[
            { label: t("delivery.date") },
            { label: t("delivery.service") },
            { label: t("delivery.cluster") },
            { label: t("delivery.participants"), numeric: true },
            { label: t("delivery.fee"), numeric: true },
            { label: t("delivery.laterFinancing"), numeric: true },
            { label: t("delivery.recordedBy") },
            ...(canRecord ? [{ label: tl("correction") }] : []),
          ]}
        >
          {(d) => {
            // A reversed delivery is struck through; its reversal (negated amounts) says why.
            const struck = d.reversedBy ? STRUCK : undefined;
            const isLive = !d.reversesId && !d.reversedBy;
            return (
              <tr key={d.id} className={d.reversesId ? "bg-slate-50" : undefined}>
                <td className="py-1 pr-3 whitespace-nowrap">
                  <span className={struck}>{formatDate(d.deliveredOn, locale)}</span>
                  <ReversalNote entry={d} locale={locale} />
                </td>
                <td className="py-1 pr-3">
                  <span className={struck}>{ts(d.service)}</span>
                </td>
                <td className="py-1 pr-3">
                  <Link href={`/clusters/${d.cluster.id}`} className="text-emerald-800 hover:underline">
                    {d.cluster.name}
                  </Link>
                  {d._count.smes ? (
                    <span className="block text-xs text-slate-500">{t("delivery.namedSmes", { count: d._count.smes })}</span>
                  ) : null}
                </td>
                <td className={cn("py-1 pr-3 text-right tabular-nums", struck)}>{formatNumber(d.participantCount, locale)}</td>
                <td className={cn("whitespace-nowrap py-1 pr-3 text-right tabular-nums", struck)}>{money(d.feeAmount)}</td>
                <td className={cn("whitespace-nowrap py-1 pr-3 text-right tabular-nums", struck)}>
                  {d.laterFinancing == null ? "—" : money(d.laterFinancing)}
                </td>
                <td className={cn("py-1 text-xs text-slate-600", canRecord && "pr-3")}>{d.recordedBy.name}</td>
                <ActionCell shown={canRecord}>
                  {isLive ? (
                    <ReverseDeliveryForm
                      deliveryId={d.id}
                      providerId={provider.id}
                      label={`${ts(d.service)} ${d.cluster.name} ${formatDate(d.deliveredOn, locale)}`}
                      today={today}
                    />
                  ) : null}
                </ActionCell>
              </tr>
            );
          }}
        </DataTable>
      </Card>
    </>
  );
}
