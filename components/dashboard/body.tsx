import "server-only";
import { cacheLife } from "next/cache";
import { getLocale } from "next-intl/server";
import { dashContext, type DashCtx } from "@/components/dashboard/context";
import { FactorSection } from "@/components/dashboard/factor-section";
import { FilterForm } from "@/components/dashboard/filter-form";
import { MonitoringSection } from "@/components/dashboard/monitoring-section";
import { MovementSection } from "@/components/dashboard/movement-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { StageSection } from "@/components/dashboard/stage-section";
import { SupportSection } from "@/components/dashboard/support-section";
import { PageHeader } from "@/components/ui/page-header";
import { dashboardCacheEnabled } from "@/lib/dashboard/cache";
import { share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { dashboardViewer, loadDashboardFor, pipelineClock } from "@/lib/dashboard/queries";
import { currentDataState, type DataState } from "@/lib/dashboard/summary";
import { requireUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";

type Loaded = Awaited<ReturnType<typeof loadDashboardFor>>;

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

interface CachedBodyProps {
  /** What decides the numbers: the role and, for a consultant, the id (`dashboardViewer`). */
  viewer: { id: string; role: string };
  params: DashboardParams;
  locale: AppLocale;
  /** The data state (lib/dashboard/summary.ts) as plain strings. */
  version: string;
  summary: { refreshedAt: string; version: string } | null;
  /** The pipeline's five-minute clock: waiting times grow without a data change. */
  clock: string;
}

/**
 * The rendered body, cached by Next.js (`"use cache"`): its key is every argument, so a
 * new data version, another scope, other filters, another language or the next
 * five-minute step of the pipeline's clock renders it again; between those, requests get
 * the rendered result without running the sections. It reads no cookie or session: the
 * caller checks access and passes the scope in.
 */
async function CachedDashboardBody(props: CachedBodyProps) {
  "use cache";
  cacheLife({ stale: 300, revalidate: 300, expire: 3600 });
  return renderBody(props);
}

async function renderBody({ viewer, params, locale, version, summary }: CachedBodyProps) {
  const state: DataState = { version, summary: summary ? { refreshedAt: new Date(summary.refreshedAt), version: summary.version } : null };
  const loaded = await loadDashboardFor(viewer as Parameters<typeof loadDashboardFor>[0], params, state);
  const ctx = await dashContext(params, loaded.sets.overview.asOf, loaded.options, locale);
  return <DashboardView {...loaded} ctx={ctx} />;
}

/**
 * The dashboard below the app's header, for the signed-in user and these filters: the
 * session and the data state are read here, on every request; the body is a cached
 * server component (`CachedDashboardBody`) over the dashboard's cached results
 * (lib/dashboard/cache.ts), with the charts as client components that mount as they
 * come into view (lazy-charts.tsx) and the table views loaded when opened (table-view.tsx).
 *
 * `"use cache"` is enabled on its own (`experimental.useCache` in next.config.js), not
 * through Cache Components: with those on, Next 16 streams every page and `notFound()` /
 * `forbidden()` answer 200 instead of 404 / 403 across the app (docs/decisions/006).
 */
export async function DashboardBody({ params }: { params: DashboardParams }) {
  const user = await requireUser("dashboard:read");
  const [state, locale] = await Promise.all([currentDataState(), getLocale()]);
  const props: CachedBodyProps = {
    viewer: dashboardViewer(user),
    params,
    locale: locale as AppLocale,
    version: state.version,
    summary: state.summary ? { refreshedAt: state.summary.refreshedAt.toISOString(), version: state.summary.version } : null,
    clock: pipelineClock(),
  };
  return dashboardCacheEnabled() ? <CachedDashboardBody {...props} /> : renderBody(props);
}
