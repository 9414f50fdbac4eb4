import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { ClusterDiagnosesSection } from "@/components/diagnosis/cluster-diagnoses-section";
import { ClusterMonitoringSection } from "@/components/monitoring/cluster-monitoring-section";
import { ClusterSupportSection } from "@/components/support/cluster-support-section";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getCluster } from "@/lib/clusters/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent, formatRupiah } from "@/lib/i18n/format";
import type { RawSearchParams } from "@/lib/http/search-params";
import { recordTitle } from "@/lib/i18n/record-title";

type Props = { params: Promise<{ clusterId: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("clusters:read");
  const cluster = await getCluster((await params).clusterId);
  return recordTitle(cluster?.name);
}

/** The outcome year the form corrects (`?outcomeYear=2021`), when the URL names one. */
function outcomeYear(raw: string | string[] | undefined): number | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

export default async function ClusterPage({ params, searchParams }: Props) {
  const user = await requirePageUser("clusters:read");
  const flags = await searchParams;
  const cluster = await getCluster((await params).clusterId);
  if (!cluster) notFound();
  const t = await getTranslations("clusters");
  const tc = await getTranslations("common");
  const tr = await getTranslations("registry");
  const canWrite = can(user.role, "clusters:write") && cluster.status === "ACTIVE";
  const flash = flags.created
    ? tr("flashCreated")
    : flags.saved
      ? tr("flashSaved")
      : flags.discarded
        ? (await getTranslations("diagnosis.section"))("discarded")
        : null;
  const locale = (await getLocale()) as AppLocale;
  const location = [cluster.village?.name, cluster.district?.name, cluster.regency?.name, cluster.province.name].filter(Boolean).join(", ");
  const facts: Array<[string, string]> = [
    [t("commodity"), cluster.commodity + (cluster.kbliCode ? ` (KBLI ${cluster.kbliCode})` : "")],
    [t("location"), location],
    [t("yearEstablished"), cluster.yearEstablished ? String(cluster.yearEstablished) : "—"],
    [t("workers"), formatNumber(cluster.workerCount, locale)],
    [t("smes"), formatNumber(cluster._count.smes, locale)],
    [t("productionValue"), cluster.productionValue != null ? formatRupiah(cluster.productionValue, locale) : "—"],
    [t("exportShare"), cluster.exportSharePct != null ? formatPercent(cluster.exportSharePct / 100, locale) : "—"],
    [t("localMaterialShare"), cluster.localMaterialSharePct != null ? formatPercent(cluster.localMaterialSharePct / 100, locale) : "—"],
    [t("bdsProvider"), cluster.bdsProvider?.name ?? "—"],
    [t("contact"), [cluster.contactName, cluster.contactPhone].filter(Boolean).join(" · ") || "—"],
    [t("designated"), cluster.isDesignated ? tc("yes") : tc("no")],
  ];
  return (
    <>
      <PageHeader
        title={cluster.name}
        description={location}
        actions={
          <div className="flex items-center gap-2">
            <StageBadge stage={cluster.currentStage} />
            {cluster.status === "ARCHIVED" ? <span className="rounded bg-slate-200 px-2 py-0.5 text-xs">{t("archived")}</span> : null}
            {canWrite ? (
              <>
                <Link
                  href={`/clusters/${cluster.id}/edit`}
                  className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
                >
                  {tr("edit")}
                </Link>
                <Link
                  href={`/clusters/${cluster.id}/smes/new`}
                  className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm text-white hover:bg-emerald-800"
                >
                  {tr("addSme")}
                </Link>
              </>
            ) : null}
          </div>
        }
      />
      {flash ? (
        <p role="status" className="mb-4 rounded bg-emerald-50 p-2 text-sm text-emerald-900">
          {flash}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <FactList facts={facts} className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2" valueClassName="text-sm text-slate-900" />
          {cluster.notes ? <p className="mt-4 whitespace-pre-line text-sm text-slate-700">{cluster.notes}</p> : null}
        </Card>
        <Card title={t("consultants")}>
          {cluster.assignments.length === 0 ? (
            <p className="text-sm text-slate-600">{tc("none")}</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {cluster.assignments.map((a) => (
                <li key={a.consultant.id}>{a.consultant.name}</li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t("smeList")} className="mt-4">
        <DataTable
          rows={cluster.smes}
          empty={tc("noData")}
          columns={[
            { label: t("smeName") },
            { label: t("owner") },
            { label: t("workers"), numeric: true },
            { label: t("turnover"), numeric: true },
          ]}
        >
          {(sme) => (
            <tr key={sme.id}>
              <td className={CELL.compact}>
                <Link href={`/smes/${sme.id}`} className="text-emerald-800 hover:underline">
                  {sme.businessName}
                </Link>
              </td>
              <td className={CELL.compact}>{sme.ownerName}</td>
              <td className={`${CELL.compact} text-right tabular-nums`}>{formatNumber(sme.workerCount, locale)}</td>
              <td className="py-1 text-right tabular-nums">
                {sme.annualTurnover != null ? formatRupiah(sme.annualTurnover, locale) : "—"}
              </td>
            </tr>
          )}
        </DataTable>
      </Card>
      <ClusterDiagnosesSection clusterId={cluster.id} />
      <ClusterSupportSection clusterId={cluster.id} />
      <ClusterMonitoringSection clusterId={cluster.id} editYear={outcomeYear(flags.outcomeYear)} />
    </>
  );
}
