import "server-only";
import { dashContext, type DashCtx } from "@/components/dashboard/context";
import { FactorSection } from "@/components/dashboard/factor-section";
import { FilterForm } from "@/components/dashboard/filter-form";
import { MonitoringSection } from "@/components/dashboard/monitoring-section";
import { MovementSection } from "@/components/dashboard/movement-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { StageSection } from "@/components/dashboard/stage-section";
import { SupportSection } from "@/components/dashboard/support-section";
import { PageHeader } from "@/components/ui/page-header";
import { share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/queries";
import { currentDataState } from "@/lib/dashboard/summary";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";

type Loaded = Awaited<ReturnType<typeof loadDashboard>>;

function DashboardView({ scope, sets, options, ctx }: Loaded & { ctx: DashCtx }) {
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
      <FilterForm options={options} ctx={ctx} />
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
      {"agenda" in sets && "outcomeGrowth" in sets ? (
        <MonitoringSection agenda={sets.agenda.data} growth={sets.outcomeGrowth.data} ctx={{ ...ctx, asOf: when(sets.agenda.asOf) }} />
      ) : null}
    </>
  );
}

/**
 * The dashboard below the app's header, for the signed-in user and these filters: an
 * ordinary server component over the dashboard's cached results (lib/dashboard/cache.ts,
 * keyed by data version, access scope and filters), with the charts as client
 * components that mount as they come into view (lazy-charts.tsx) and the table views
 * loaded when opened (table-view.tsx).
 *
 * Why not a cached component ("use cache" with Cache Components): with Cache
 * Components on, Next 16 streams every page, and `notFound()` / `forbidden()` then
 * answer 200 instead of 404 / 403 across the app (docs/decisions/006).
 */
export async function DashboardBody({ params }: { params: DashboardParams }) {
  const state = await currentDataState();
  const loaded = await loadDashboard(params, state);
  const ctx = await dashContext(params, loaded.sets.overview.asOf, loaded.options);
  return <DashboardView {...loaded} ctx={ctx} />;
}
