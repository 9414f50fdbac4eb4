import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { type AgendaEvidenceInfo, SavingsServiceForm, SmeOrganisationForm } from "@/components/monitoring/agenda-forms";
import { OutcomeChart } from "@/components/monitoring/outcome-chart";
import { OutcomeForm } from "@/components/monitoring/outcome-form";
import { ExportLinks } from "@/components/registry/export-links";
import { Card } from "@/components/ui/card";
import { ActionCell, CELL, DataTable, RowHeader } from "@/components/ui/data-table";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { toFormValues } from "@/lib/forms/values";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatPercent, formatRupiah } from "@/lib/i18n/format";
import { getClusterMonitoring } from "@/lib/monitoring/queries";
import type { AgendaEvidenceLine } from "@/lib/monitoring/schema";
import { isoDate } from "@/lib/support/fields";

/**
 * The cluster page's monitoring: yearly outcomes (chart, table, growth since baseline
 * and CAGR, the entry form) and the three year-two agenda lines with their forms.
 * `editYear`: the year whose row the outcome form corrects (from `?outcomeYear=`).
 */
export async function ClusterMonitoringSection({ clusterId, editYear }: { clusterId: string; editYear: number | null }) {
  const user = await requirePageUser("clusters:read");
  if (!can(user.role, "monitoring:read")) return null;
  const data = await getClusterMonitoring(user, clusterId);
  if (!data) return null;
  const t = await getTranslations("monitoring.outcomes");
  const ta = await getTranslations("monitoring.agenda");
  const tf = await getTranslations("monitoring.form");
  const tst = await getTranslations("monitoring.statuses");
  const tsrc = await getTranslations("monitoring.sources");
  const tacc = await getTranslations("support.accreditation");
  const locale = (await getLocale()) as AppLocale;
  const canWrite = can(user.role, "monitoring:write");
  const pct = (v: number | null) => (v === null ? t("notEnough") : formatPercent(v, locale, 1));
  const editing = data.outcomes.find((o) => o.year === editYear);
  const outcomeInitial = editing
    ? { ...toFormValues({ ...editing }), clusterId: data.id }
    : { clusterId: data.id, version: "", source: "SURVEY" };
  const first = data.outcomes[0]?.year;
  const last = data.outcomes.at(-1)?.year;
  const saving = data.savingsService;
  const org = data.smeOrganisation;
  const evidenceOf = (line: AgendaEvidenceLine, fileName: string | null | undefined): AgendaEvidenceInfo | null =>
    fileName ? { fileName, href: `/api/agenda-evidence/${encodeURIComponent(data.id)}/${line}` } : null;
  const savingsEvidence = evidenceOf("savings", saving?.evidenceFileName);
  const orgEvidence = evidenceOf("organisation", org?.evidenceFileName);
  return (
    <section aria-labelledby="monitoring-heading" className="mt-6">
      <h2 id="monitoring-heading" className="mb-3 text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <Card>
        <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
        {data.outcomes.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <>
            <OutcomeChart
              title={t("chartTitle")}
              label={t("chartLabel", { first: first!, last: last! })}
              points={data.outcomes.map((o) => ({ year: o.year, value: Number(o.productionValue) }))}
            />
            <DataTable
              caption={t("tableCaption")}
              rows={data.outcomes}
              columns={[
                { label: tf("year") },
                { label: tf("smeCount"), numeric: true },
                { label: tf("workerCount"), numeric: true },
                { label: tf("productionValue"), numeric: true },
                { label: tf("exportValue"), numeric: true },
                { label: tf("averageTurnover"), numeric: true },
                { label: tf("source") },
                ...(canWrite ? [{ label: <span className="sr-only">{t("edit", { year: "" })}</span> }] : []),
              ]}
            >
              {(o) => (
                <tr key={o.id}>
                  <RowHeader label={o.year === first ? `${o.year} (${t("baseline", { year: o.year })})` : String(o.year)} />
                  <td className={`${CELL.compact} text-right tabular-nums`}>{formatNumber(o.smeCount, locale)}</td>
                  <td className={`${CELL.compact} text-right tabular-nums`}>{formatNumber(o.workerCount, locale)}</td>
                  <td className={`${CELL.compact} text-right tabular-nums`}>{formatRupiah(o.productionValue, locale)}</td>
                  <td className={`${CELL.compact} text-right tabular-nums`}>
                    {o.exportValue != null
                      ? formatRupiah(o.exportValue, locale)
                      : o.exportSharePct != null
                        ? formatPercent(o.exportSharePct / 100, locale)
                        : "—"}
                  </td>
                  <td className={`${CELL.compact} text-right tabular-nums`}>
                    {o.averageTurnover != null ? formatRupiah(o.averageTurnover, locale) : "—"}
                  </td>
                  <td className={canWrite ? CELL.compact : "py-1"}>{tsrc(o.source)}</td>
                  <ActionCell shown={canWrite}>
                    <Link href={`/clusters/${data.id}?outcomeYear=${o.year}#outcome-form`} className="text-emerald-800 underline">
                      {t("edit", { year: o.year })}
                    </Link>
                  </ActionCell>
                </tr>
              )}
            </DataTable>
            {can(user.role, "exports:run") ? (
              <div className="mt-3">
                <ExportLinks
                  kind={`clusters/${data.id}/outcomes`}
                  texts={{ label: t("export.label"), csv: t("export.csv"), xlsx: t("export.xlsx") }}
                />
              </div>
            ) : null}
            <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-800">{t("growth")}</h3>
            <DataTable
              caption={t("growth")}
              rows={(["smeCount", "workerCount", "productionValue"] as const).map((m) => ({ metric: m, ...data.growth[m] }))}
              columns={[{ label: t("metric") }, { label: t("growth"), numeric: true }, { label: t("cagr"), numeric: true }]}
            >
              {(g) => (
                <tr key={g.metric} data-testid={`growth-${g.metric}`}>
                  <RowHeader label={tf(g.metric)} />
                  <td className={`${CELL.compact} text-right tabular-nums`}>{pct(g.sinceBaseline)}</td>
                  <td className="py-1 text-right tabular-nums">{pct(g.cagr)}</td>
                </tr>
              )}
            </DataTable>
          </>
        )}
        {canWrite ? (
          <div id="outcome-form" className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-1 text-sm font-semibold text-slate-800">{tf("outcomeForm")}</h3>
            <p className="mb-3 text-xs text-slate-600">{t("formHint")}</p>
            <OutcomeForm key={editing?.id ?? "new"} initial={outcomeInitial} />
          </div>
        ) : null}
      </Card>

      <h2 className="mt-6 mb-3 text-lg font-semibold text-slate-900">{ta("clusterTitle")}</h2>
      {!data.isDesignated ? (
        <p className="text-sm text-slate-600">{ta("notDesignated")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title={ta("bdsLine")}>
            {data.bdsProvider ? (
              <>
                <dl className="grid gap-1 text-sm">
                  <dt className="font-medium">{tf("status")}</dt>
                  <dd data-testid="bds-line-status">
                    {data.bdsProvider.status ? tst(data.bdsProvider.status) : "—"}
                    {data.bdsProvider.strengthening?.statusDate
                      ? ` · ${formatDate(data.bdsProvider.strengthening.statusDate, locale)}`
                      : ""}
                  </dd>
                  <dd className="text-xs text-slate-600">
                    {data.bdsProvider.strengthening
                      ? ta("recordedBy", {
                          name: data.bdsProvider.strengthening.recordedBy.name,
                          date: formatDate(data.bdsProvider.strengthening.updatedAt, locale),
                        })
                      : ta("notRecorded")}
                  </dd>
                  {data.bdsProvider.strengthening?.note ? (
                    <dd className="text-sm whitespace-pre-line">{data.bdsProvider.strengthening.note}</dd>
                  ) : null}
                  <dt className="font-medium">{ta("provider")}</dt>
                  <dd>
                    <Link href={`/providers/${data.bdsProvider.id}`} className="text-emerald-800 underline">
                      {data.bdsProvider.name}
                    </Link>
                  </dd>
                  <dt className="font-medium">{ta("accreditation")}</dt>
                  <dd>
                    {tacc(data.bdsProvider.accreditationStatus)}
                    {data.bdsProvider.accreditationBody ? ` · ${data.bdsProvider.accreditationBody}` : ""}
                    {data.bdsProvider.accreditationExpiresOn
                      ? ` · ${ta("accreditationExpiresOn")} ${formatDate(data.bdsProvider.accreditationExpiresOn, locale)}`
                      : ""}
                  </dd>
                  <dt className="font-medium">{ta("networks")}</dt>
                  <dd>{[data.bdsProvider.networkName, ...data.bdsProvider.networkMemberships].filter(Boolean).join(", ") || "—"}</dd>
                  <dt className="font-medium">{ta("jointProgrammes")}</dt>
                  <dd>{formatNumber(data.bdsProvider.jointProgrammes, locale)}</dd>
                </dl>
                <p className="mt-2 text-xs text-slate-600">{ta("bdsLineRule")}</p>
              </>
            ) : (
              <p className="text-sm text-slate-600">{ta("noProvider")}</p>
            )}
          </Card>
          <Card title={tf("savingsLine")}>
            <p className="mb-2 text-sm" data-testid="savings-line-status">
              {tst(saving?.status ?? "NOT_STARTED")}
              {saving ? ` · ${saving.isInsideArea ? ta("insideArea") : ta("outsideArea")}` : ""}
              {saving?.institution ? ` · ${saving.institution.name}` : ""}
            </p>
            <p className="mb-3 text-xs text-slate-600">
              {saving ? ta("recordedBy", { name: saving.recordedBy.name, date: formatDate(saving.updatedAt, locale) }) : ta("notRecorded")}
            </p>
            {saving?.institution ? (
              <div className="mb-3 text-sm" data-testid="savings-served-smes">
                <p className="font-medium">{ta("servedSmes", { count: data.servedSmes.count })}</p>
                {data.servedSmes.shown.length > 0 ? (
                  <ul className="mt-1 list-disc pl-5">
                    {data.servedSmes.shown.map((sme) => (
                      <li key={sme.id}>
                        <Link href={`/smes/${sme.id}`} className="text-emerald-800 hover:underline">
                          {sme.businessName}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="mt-1 text-xs text-slate-600">{ta("servedSmesHint")}</p>
              </div>
            ) : null}
            {canWrite ? (
              <SavingsServiceForm
                institutions={data.institutions}
                evidence={savingsEvidence}
                initial={{
                  clusterId: data.id,
                  version: saving ? String(saving.version) : "",
                  status: saving?.status ?? "NOT_STARTED",
                  statusDate: saving?.statusDate ? isoDate(saving.statusDate) : "",
                  note: saving?.note ?? "",
                  isInsideArea: saving?.isInsideArea ? "true" : "",
                  institutionId: saving?.institutionId ?? "",
                }}
              />
            ) : (
              <>
                {saving?.note ? <p className="text-sm whitespace-pre-line">{saving.note}</p> : null}
                <EvidenceLink evidence={savingsEvidence} label={tf("evidenceCurrent")} />
              </>
            )}
          </Card>
          <Card title={tf("organisationLine")}>
            <p className="mb-2 text-sm" data-testid="organisation-line-status">
              {tst(org?.status ?? "NOT_STARTED")}
              {org?.name ? ` · ${org.name}` : ""}
              {org?.legalForm ? ` (${org.legalForm})` : ""}
              {org ? ` · ${ta("memberCount", { count: org.members.length })}` : ""}
            </p>
            <p className="mb-3 text-xs text-slate-600">
              {org ? ta("recordedBy", { name: org.recordedBy.name, date: formatDate(org.updatedAt, locale) }) : ta("notRecorded")}
            </p>
            {canWrite ? (
              <SmeOrganisationForm
                evidence={orgEvidence}
                smes={data.smes}
                memberIds={org?.members.map((m) => m.smeId) ?? []}
                initial={{
                  clusterId: data.id,
                  version: org ? String(org.version) : "",
                  status: org?.status ?? "NOT_STARTED",
                  statusDate: org?.statusDate ? isoDate(org.statusDate) : "",
                  name: org?.name ?? "",
                  legalForm: org?.legalForm ?? "",
                  foundedOn: org?.foundedOn ? isoDate(org.foundedOn) : "",
                  contactName: org?.contactName ?? "",
                  contactPhone: org?.contactPhone ?? "",
                  note: org?.note ?? "",
                }}
              />
            ) : (
              <>
                {org?.contactName ? (
                  <p className="text-sm">
                    {org.contactName} {org.contactPhone ?? ""}
                  </p>
                ) : null}
                <EvidenceLink evidence={orgEvidence} label={tf("evidenceCurrent")} />
              </>
            )}
          </Card>
        </div>
      )}
    </section>
  );
}

/** An agenda line's evidence file for readers without the form (managers). */
function EvidenceLink({ evidence, label }: { evidence: AgendaEvidenceInfo | null; label: string }) {
  if (!evidence) return null;
  return (
    <p className="mt-2 text-sm">
      {label}{" "}
      <a className="text-emerald-800 underline" href={evidence.href} target="_blank" rel="noreferrer">
        {evidence.fileName}
      </a>
    </p>
  );
}
