import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CancelPlanButton, PlanRecommendationForm } from "@/components/support/plan-forms";
import { Card } from "@/components/ui/card";
import { DataTable, RowHeader } from "@/components/ui/data-table";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatRupiah } from "@/lib/i18n/format";
import { getClusterSupport } from "@/lib/support/queries";

/**
 * The cluster page's support section: BDS services received, MAP financing that
 * reached the cluster's SMEs, and planned vs done (from the approved diagnosis'
 * recommendations). Renders nothing when the viewer may not see the cluster.
 */
export async function ClusterSupportSection({ clusterId }: { clusterId: string }) {
  const user = await requirePageUser("clusters:read");
  const data = await getClusterSupport(user, clusterId);
  if (!data) return null;
  const t = await getTranslations("support.cluster");
  const ts = await getTranslations("support.services");
  const tch = await getTranslations("support.channels");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const money = (v: bigint) => formatRupiah(v, locale);
  const canSeeInstitutions = can(user.role, "financing:read");
  const statusClass = {
    PLANNED: "bg-amber-100 text-amber-900",
    DONE: "bg-emerald-100 text-emerald-900",
    CANCELLED: "bg-slate-100 text-slate-600",
  } as const;
  const planLabel = (p: (typeof data.plans)[number]) =>
    p.kind === "SERVICE" && p.service ? ts(p.service) : p.channel ? tch(p.channel) : "";
  return (
    <section aria-labelledby="support-heading" className="mt-6">
      <h2 id="support-heading" className="mb-3 text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("servicesReceived", { count: data.deliveryCount })}>
          <DataTable
            scroll={false}
            caption={t("servicesReceived", { count: data.deliveryCount })}
            rows={data.servicesReceived}
            empty={t("noServices")}
            columns={[
              { label: t("service") },
              { label: t("times"), numeric: true },
              { label: t("participants"), numeric: true },
              { label: t("last") },
            ]}
          >
            {(r) => (
              <tr key={r.service}>
                <RowHeader label={ts(r.service)} />
                <td className="py-1 pr-3 text-right tabular-nums">{r.deliveries}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(r.participants, locale)}</td>
                <td className="py-1">{r.last ? formatDate(r.last, locale) : "—"}</td>
              </tr>
            )}
          </DataTable>
          {data.recentDeliveries.length ? (
            <p className="mt-2 text-xs text-slate-600">
              {t("providers")}{" "}
              {[...new Map(data.recentDeliveries.map((d) => [d.provider.id, d.provider])).values()].map((p, i) => (
                <span key={p.id}>
                  {i > 0 ? ", " : ""}
                  <Link className="text-emerald-800 underline" href={`/providers/${p.id}`}>
                    {p.name}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </Card>
        <Card title={t("financingReached")}>
          {data.financing.loans === 0 ? (
            <p className="text-sm text-slate-600">{t("noFinancing")}</p>
          ) : (
            <>
              <dl className="mb-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
                {[
                  [t("smesFinanced"), formatNumber(data.financing.smes, locale)],
                  [t("disbursed"), money(data.financing.disbursed)],
                  [t("outstanding"), money(data.financing.outstanding)],
                  [t("repaid"), money(data.financing.repaid)],
                  [t("overdue"), money(data.financing.overdue)],
                ].map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
                    <dd className="tabular-nums">{value}</dd>
                  </div>
                ))}
              </dl>
              <ul className="text-sm">
                {data.financing.byChannel.map((c) => (
                  <li key={c.channel}>{t("channelLine", { channel: tch(c.channel), smes: c.smes, amount: money(c.disbursed) })}</li>
                ))}
              </ul>
              <ul className="mt-2 divide-y divide-slate-100 text-xs text-slate-700">
                {data.recentLoans.map((l) => (
                  <li key={l.id} className="py-1">
                    {formatDate(l.disbursedOn, locale)} · {l.sme.businessName} · {money(l.amount)} ·{" "}
                    {canSeeInstitutions ? (
                      <Link className="text-emerald-800 underline" href={`/financing/institutions/${l.institution.id}`}>
                        {l.institution.name}
                      </Link>
                    ) : (
                      l.institution.name
                    )}
                    {l.isOverdue ? <span className="ml-1 rounded bg-red-100 px-1 text-red-800">{t("overdueBadge")}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
      <Card title={t("plannedVsDone", { done: data.progress.done, planned: data.progress.planned + data.progress.done })} className="mt-4">
        <DataTable
          scroll={false}
          caption={t("plansCaption")}
          rows={data.plans}
          empty={t("noPlans")}
          columns={[{ label: t("action") }, { label: t("plannedOn") }, { label: tc("status") }, { label: t("doneBy") }]}
        >
          {(p) => (
            <tr key={p.id}>
              <RowHeader label={`${p.kind === "SERVICE" ? t("kindService") : t("kindFinancing")}: ${planLabel(p)}`}>
                {p.provider ? <span className="block text-xs text-slate-500">{p.provider.name}</span> : null}
              </RowHeader>
              <td className="py-1 pr-3">{formatDate(p.createdAt, locale)}</td>
              <td className="py-1 pr-3">
                <span className={`rounded px-2 py-0.5 text-xs ${statusClass[p.status]}`}>{t(`status.${p.status}`)}</span>
              </td>
              <td className="py-1 text-xs text-slate-700">
                {p.matchedDelivery ? (
                  t("matchedDelivery", {
                    date: formatDate(p.matchedDelivery.deliveredOn, locale),
                    provider: p.matchedDelivery.provider.name,
                  })
                ) : p.matchedDisbursement ? (
                  t("matchedDisbursement", {
                    date: formatDate(p.matchedDisbursement.disbursedOn, locale),
                    sme: p.matchedDisbursement.sme.businessName,
                    amount: money(p.matchedDisbursement.amount),
                    institution: p.matchedDisbursement.institution.name,
                  })
                ) : p.status === "PLANNED" && data.canPlan ? (
                  <CancelPlanButton id={p.id} version={p.version} label={planLabel(p)} />
                ) : (
                  "—"
                )}
              </td>
            </tr>
          )}
        </DataTable>
        <p className="mt-2 text-xs text-slate-600">{t("matchRule")}</p>
        {data.canPlan ? (
          <div className="mt-4 border-t border-slate-100 pt-3">
            <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("recommended")}</h3>
            {!data.recommended ? (
              <p className="text-sm text-slate-600">{t("noDiagnosis")}</p>
            ) : data.recommended.services.length + data.recommended.channels.length === 0 ? (
              <p className="text-sm text-slate-600">{t("allPlanned")}</p>
            ) : (
              <div className="flex flex-col gap-2">
                <p className="text-xs text-slate-600">
                  {t("fromDiagnosis", { date: data.recommended.approvedAt ? formatDate(data.recommended.approvedAt, locale) : "—" })}
                </p>
                {[
                  ...data.recommended.services.map((s) => ({
                    kind: "SERVICE" as const,
                    code: s,
                    label: ts(s),
                    providers: data.providers.filter((p) => p.services.includes(s)).map((p) => ({ id: p.id, name: p.name })),
                  })),
                  ...data.recommended.channels.map((c) => ({ kind: "FINANCING" as const, code: c, label: tch(c), providers: [] })),
                ].map((r) => (
                  <PlanRecommendationForm
                    key={`${r.kind}-${r.code}`}
                    clusterId={clusterId}
                    diagnosisId={data.recommended!.diagnosisId}
                    {...r}
                  />
                ))}
              </div>
            )}
          </div>
        ) : null}
      </Card>
    </section>
  );
}
