import "server-only";
import { cacheLife } from "next/cache";
import { dashContext, type DashCtx } from "@/components/dashboard/context";
import { FactorSection } from "@/components/dashboard/factor-section";
import { FilterForm } from "@/components/dashboard/filter-form";
import { MovementSection } from "@/components/dashboard/movement-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { StageSection } from "@/components/dashboard/stage-section";
import { SupportSection } from "@/components/dashboard/support-section";
import { PageHeader } from "@/components/ui/page-header";
import { share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { loadDashboard, type DashboardScope } from "@/lib/dashboard/queries";
import type { DataState } from "@/lib/dashboard/summary";
import type { AppLocale } from "@/lib/i18n/config";
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
    </>
  );
}

/** The data state as a cache-key argument: plain strings (summary.ts, DataState). */
export interface DataStateKey {
  version: string;
  /** The summary views' refresh time (ISO) and data version, or null (base tables). */
  summary: { refreshedAt: string; version: string } | null;
}

export function dataStateKey(state: DataState): DataStateKey {
  return {
    version: state.version,
    summary: state.summary ? { refreshedAt: state.summary.refreshedAt.toISOString(), version: state.summary.version } : null,
  };
}

/**
 * The dashboard below the app's header: a cached server component ("use cache"),
 * keyed by its arguments: the data version and summary refresh read from PostgreSQL
 * for this request (lib/dashboard/summary.ts), the scope (role, and the consultant's
 * id), the filters, the language and the five-minute pipeline clock (waiting times
 * grow with the clock). A new version is a new key, so nothing is served after the
 * data changed beyond PostgreSQL's publication delay of its counters. The page reads
 * the session, cookies and data version outside and passes them in; nothing in here
 * may read the request (Next.js refuses cookies()/headers() in a cache scope).
 *
 * Sections are ordinary server components; the charts and table views are client
 * components (in-view-chart.tsx, table-view.tsx), links are next/link.
 */
export async function DashboardBody({
  state,
  scope,
  params,
  locale,
  clock,
}: {
  state: DataStateKey;
  scope: DashboardScope;
  params: DashboardParams;
  locale: AppLocale;
  /** pipelineClock() (lib/dashboard/queries.ts): part of the key only. */
  clock: string;
}) {
  "use cache";
  // Entries never hold old data (the data version is in the key); the lifetimes only
  // bound memory and the browser's reuse of a dashboard it already has.
  cacheLife("dashboard");
  void clock;
  const loaded = await loadDashboard(scope, params, {
    version: state.version,
    summary: state.summary ? { refreshedAt: new Date(state.summary.refreshedAt), version: state.summary.version } : null,
  });
  const ctx = dashContext(params, loaded.sets.overview.asOf, locale);
  return <DashboardView {...loaded} ctx={ctx} />;
}
