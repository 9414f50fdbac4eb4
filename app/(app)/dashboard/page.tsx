import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getOverview } from "@/lib/dashboard/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber, formatPercent, formatRupiahCompact } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  await requirePageUser("dashboard:read");
  const data = await getOverview();
  const t = await getTranslations("dashboard");
  const tc = await getTranslations("common");
  const ts = await getTranslations("stages");
  const locale = (await getLocale()) as AppLocale;
  const tiles = [
    [t("totalClusters"), formatNumber(data.totalClusters, locale)],
    [t("totalSmes"), formatNumber(data.totalSmes, locale)],
    [t("totalWorkers"), formatNumber(data.totalWorkers, locale)],
    [t("totalProduction"), formatRupiahCompact(data.totalProduction, locale)],
  ];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${data.scope === "assigned" ? `${t("scopeConsultant")} ` : ""}${tc("dataAsOf", { date: formatDateTime(data.asOf, locale) })}`}
      />
      <div className="mb-4 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map(([label, value]) => (
          <Card key={label}>
            <p className="text-xs uppercase tracking-wide text-slate-500">{label}</p>
            <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
          </Card>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("byStage")}>
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("byStageCaption")}</caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1">{tc("status")}</th>
                <th scope="col" className="py-1 text-right">{t("count")}</th>
                <th scope="col" className="py-1 text-right">{t("share")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.stages.map((s) => (
                <tr key={s.stage}>
                  <th scope="row" className="py-1 text-left font-normal">
                    <Link className="text-emerald-800 hover:underline" href={`/clusters?stage=${s.stage}`}>{ts(s.stage)}</Link>
                  </th>
                  <td className="py-1 text-right tabular-nums">{formatNumber(s.count, locale)}</td>
                  <td className="py-1 text-right tabular-nums">{formatPercent(s.share, locale, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title={t("byProvince")}>
          {data.provinces.length === 0 ? (
            <p className="text-sm text-slate-600">{tc("noData")}</p>
          ) : (
            <table className="min-w-full text-sm">
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col" className="py-1">{tc("province")}</th>
                  <th scope="col" className="py-1 text-right">{t("count")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.provinces.map((p) => (
                  <tr key={p.code}>
                    <th scope="row" className="py-1 text-left font-normal">
                      <Link className="text-emerald-800 hover:underline" href={`/clusters?province=${p.code}`}>{p.name}</Link>
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatNumber(p.count, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </>
  );
}
