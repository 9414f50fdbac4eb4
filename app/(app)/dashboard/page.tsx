import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { dashContext } from "@/components/dashboard/context";
import { FactorSection } from "@/components/dashboard/factor-section";
import { FilterForm } from "@/components/dashboard/filter-form";
import { MovementSection } from "@/components/dashboard/movement-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { StageSection } from "@/components/dashboard/stage-section";
import { SupportSection } from "@/components/dashboard/support-section";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { share } from "@/lib/dashboard/db";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("dashboard:read");
  const params = parseDashboardParams(await searchParams);
  const { scope, sets, options } = await loadDashboard(params);
  const ctx = await dashContext(params, sets.overview.asOf);
  const { t, locale } = ctx;
  const when = (d: Date) => formatDateTime(d, locale);
  const o = sets.overview.data;
  const diagnosed = o.total - (o.national.find((s) => s.stage === "NONE")?.count ?? 0);
  const mature = o.national.find((s) => s.stage === "MATURE")?.count ?? 0;
  const tiles = [
    [t("totalClusters"), formatNumber(o.total, locale)],
    [t("kpi.diagnosedShare"), formatPercent(share(diagnosed, o.total), locale, 1)],
    [t("kpi.matureShare"), formatPercent(share(mature, o.total), locale, 1)],
    [t("kpi.reviewsWaiting"), formatNumber(sets.pipeline.data.waiting.count, locale)],
  ];
  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${scope === "assigned" ? `${t("scopeConsultant")} ` : ""}${t("dataAsOf", { date: ctx.asOf })}`}
      />
      <FilterForm params={params} options={options} />
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {tiles.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-xs uppercase tracking-wide text-slate-600">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <StageSection data={o} ctx={ctx} />
      <FactorSection factors={sets.factors.data} holds={sets.holdsBack.data} ctx={{ ...ctx, asOf: when(sets.factors.asOf) }} />
      <MovementSection
        movement={sets.movement.data}
        time={sets.timeToMove.data}
        effect={sets.supportEffect.data}
        ctx={{ ...ctx, asOf: when(sets.movement.asOf) }}
      />
      <PipelineSection data={sets.pipeline.data} ctx={{ ...ctx, asOf: when(sets.pipeline.asOf) }} />
      <SupportSection
        services={sets.services.data}
        money={"money" in sets ? sets.money.data : null}
        ctx={{ ...ctx, asOf: when(sets.services.asOf) }}
        moneyAsOf={"money" in sets ? when(sets.money.asOf) : ""}
      />
    </>
  );
}
