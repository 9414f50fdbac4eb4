import "server-only";
import type { ReactNode } from "react";
import { dashContext, type DashCtx } from "@/components/dashboard/context";
import { FactorSection } from "@/components/dashboard/factor-section";
import { FilterForm } from "@/components/dashboard/filter-form";
import { MonitoringSection } from "@/components/dashboard/monitoring-section";
import { MovementSection } from "@/components/dashboard/movement-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { SectionTabs } from "@/components/dashboard/section-tabs";
import { StageSection } from "@/components/dashboard/stage-section";
import { SupportSection } from "@/components/dashboard/support-section";
import { PageHeader } from "@/components/ui/page-header";
import { share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { loadDashboard, type SectionSets } from "@/lib/dashboard/queries";
import type { DashboardSectionId } from "@/lib/dashboard/sections";
import { currentDataState } from "@/lib/dashboard/summary";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";

type Loaded<S extends DashboardSectionId> = Awaited<ReturnType<typeof loadDashboard<S>>>;
type SectionView = { [S in DashboardSectionId]: (sets: SectionSets<S>, ctx: DashCtx, when: (d: Date) => string) => ReactNode };

/**
 * Each section from its data sets (loadDashboard loads those of the section's charts
 * the role may see: the money chart's set is absent for a consultant).
 */
const SECTIONS: SectionView = {
  stages: (sets, ctx) => <StageSection data={sets.overview.data} ctx={ctx} />,
  factors: (sets, ctx, when) => (
    <FactorSection factors={sets.factors.data} holds={sets.holdsBack.data} ctx={{ ...ctx, asOf: when(sets.factors.asOf) }} />
  ),
  movement: (sets, ctx, when) => (
    <MovementSection
      movement={sets.movement.data}
      time={sets.timeToMove.data}
      effect={sets.supportEffect.data}
      ctx={{ ...ctx, asOf: when(sets.movement.asOf) }}
    />
  ),
  pipeline: (sets, ctx, when) => <PipelineSection data={sets.pipeline.data} ctx={{ ...ctx, asOf: when(sets.pipeline.asOf) }} />,
  support: (sets, ctx, when) => (
    <SupportSection
      services={sets.services.data}
      money={sets.money?.data ?? null}
      ctx={{ ...ctx, asOf: when(sets.services.asOf) }}
      moneyAsOf={sets.money ? when(sets.money.asOf) : ""}
    />
  ),
  // Both behind monitoring:read, which the section's visibility already required.
  monitoring: (sets, ctx, when) =>
    sets.agenda && sets.outcomeGrowth ? (
      <MonitoringSection agenda={sets.agenda.data} growth={sets.outcomeGrowth.data} ctx={{ ...ctx, asOf: when(sets.agenda.asOf) }} />
    ) : null,
};

function DashboardView<S extends DashboardSectionId>({
  scope,
  sets,
  options,
  sections,
  section,
  ctx,
}: Loaded<S> & { section: S; ctx: DashCtx }) {
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
      <SectionTabs sections={sections} current={section} ctx={ctx} />
      {SECTIONS[section](sets, ctx, when)}
    </>
  );
}

/**
 * One page of the dashboard below the app's header, for the signed-in user and these
 * filters: the filters, the headline figures, the sections' tabs and one section. An
 * ordinary server component over the dashboard's cached results (lib/dashboard/cache.ts,
 * keyed by data version, access scope and filters), with the charts as client
 * components that mount as they come into view (lazy-charts.tsx) and the table views
 * loaded when opened (table-view.tsx).
 *
 * One section per page, not all six: what a request costs grows with the markup it
 * renders, and the six together cost three times an app-shell page (docs/dashboards.md).
 *
 * Why not a cached component ("use cache" with Cache Components): with Cache
 * Components on, Next 16 streams every page, and `notFound()` / `forbidden()` then
 * answer 200 instead of 404 / 403 across the app (docs/decisions/006).
 */
export async function DashboardBody({ params, section }: { params: DashboardParams; section: DashboardSectionId }) {
  const state = await currentDataState();
  const loaded = await loadDashboard(params, section, state);
  const ctx = await dashContext(params, loaded.sets.overview.asOf, loaded.options, section);
  return <DashboardView {...loaded} section={section} ctx={ctx} />;
}
