import "server-only";
import { createHash } from "node:crypto";
import { getLocale } from "next-intl/server";
import { dashContext, type DashCtx } from "@/components/dashboard/context";
import { FactorSection } from "@/components/dashboard/factor-section";
import { FilterForm } from "@/components/dashboard/filter-form";
import { collectIslands } from "@/components/dashboard/island-mount";
import { MovementSection } from "@/components/dashboard/movement-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { StageSection } from "@/components/dashboard/stage-section";
import { SupportSection } from "@/components/dashboard/support-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { cached } from "@/lib/dashboard/cache";
import { share } from "@/lib/dashboard/db";
import type { DashboardParams } from "@/lib/dashboard/filters";
import { loadDashboard, pipelineClock, viewKey } from "@/lib/dashboard/queries";
import { renderStaticMarkup } from "@/lib/dashboard/static-markup";
import { currentDataState } from "@/lib/dashboard/summary";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/i18n/format";

export interface DashboardBody {
  /** A hash of the markup (the React key of its client component). */
  id: string;
  /** The body's markup, ending with its islands' props (island-data.ts). */
  html: string;
}

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

/**
 * The dashboard below the app's header, for the signed-in user and these filters:
 * markup rendered once per (data version, scope, filters, language, five-minute
 * pipeline clock) and kept with the dashboard's results (lib/dashboard/cache.ts),
 * including the islands the browser mounts into it (charts, table views).
 *
 * Why markup: rendering the body's ~700 elements through React on every request cost
 * about 27 ms of CPU, more than the whole budget of a page at 20 concurrent users on
 * two cores (docs/dashboards.md); served from the cache it costs about 3 ms.
 */
export async function loadDashboardBody(params: DashboardParams): Promise<DashboardBody> {
  const user = await requireUser("dashboard:read");
  const [locale, state] = await Promise.all([getLocale(), currentDataState()]);
  return cached(`body|${locale}|${viewKey(state, user, params)}|${pipelineClock()}`, async () => {
    const loaded = await loadDashboard(params, state);
    const ctx = await dashContext(params, loaded.sets.overview.asOf);
    const { html } = collectIslands(() => renderStaticMarkup(<DashboardView {...loaded} ctx={ctx} />));
    return { id: createHash("sha1").update(html).digest("base64url").slice(0, 16), html };
  });
}
