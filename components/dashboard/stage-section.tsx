import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { ChartCard } from "@/components/dashboard/chart-card";
import { cardBasics, type DashCtx } from "@/components/dashboard/context";
import { StackedBarCard } from "@/components/dashboard/stacked-bar-card";
import { ProvinceMap } from "@/components/dashboard/province-map";
import { CHARTS } from "@/lib/dashboard/charts";
import { STAGE_COLORS } from "@/lib/dashboard/colors";
import { dashboardSearch, drillHref } from "@/lib/dashboard/filters";
import { STAGE_KEYS, type StageOverview, type StageSlice } from "@/lib/dashboard/stages";

const TOP = 15;

function stageSeries(ctx: DashCtx) {
  return STAGE_KEYS.map((s) => ({ key: s, name: ctx.stage(s), color: STAGE_COLORS[s] }));
}

function sliceData(slices: StageSlice[], href: (s: StageSlice) => string) {
  return slices.map((s) => ({ label: s.label, href: href(s), ...s.counts }));
}

export function StageSection({ data, ctx }: { data: StageOverview; ctx: DashCtx }) {
  const { t, params, locale } = ctx;
  const empty = data.total === 0;
  const national = CHARTS.stages.table(data, ctx);
  const provinces = data.byProvince.filter((p) => p.total > 0);
  const byProvince = CHARTS["stages-province"].table(data, ctx);
  const byCommodity = CHARTS["stages-commodity"].table(data, ctx);
  const topProvinces = [...provinces].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label)).slice(0, TOP);
  const topCommodities = data.byCommodity.slice(0, TOP);
  const common = { search: ctx.search, asOf: ctx.asOf, t, filters: ctx.filterLabel };
  return (
    <DashboardSection id="stages" title={t("sections.stages")}>
      <div className="lg:col-span-2">
        <StackedBarCard
          {...cardBasics(ctx, "stages", national)}
          unit={t("charts.stages.unit")}
          isEmpty={empty}
          data={[{ label: ctx.filterLabel, href: drillHref(params), ...Object.fromEntries(data.national.map((s) => [s.stage, s.count])) }]}
          series={stageSeries(ctx)}
          locale={locale}
          height={130}
          categoryWidth={80}
        />
      </div>
      <div id="map" className="lg:col-span-2">
        <ChartCard
          id="map"
          title={t("charts.map.title", { measure: t(`measures.${params.measure}`) })}
          unit={t("charts.map.unit")}
          isEmpty={false}
          summary=""
          plain
          {...common}
          search={dashboardSearch(params, { measure: params.measure === "matureShare" ? undefined : params.measure })}
        >
          <ProvinceMap slices={data.byProvince} params={params} locale={locale} t={t} />
        </ChartCard>
      </div>
      <StackedBarCard
        {...cardBasics(ctx, "stages-province", byProvince)}
        unit={t("charts.stages-province.unit", { top: TOP })}
        isEmpty={empty}
        data={sliceData(topProvinces, (s) => drillHref(params, { province: s.key }))}
        series={stageSeries(ctx)}
        locale={locale}
        height={topProvinces.length * 26 + 70}
        categoryWidth={150}
      />
      <StackedBarCard
        {...cardBasics(ctx, "stages-commodity", byCommodity)}
        unit={t("charts.stages-commodity.unit", { top: TOP })}
        isEmpty={empty}
        data={sliceData(topCommodities, (s) => drillHref(params, { commodity: s.key }))}
        series={stageSeries(ctx)}
        locale={locale}
        height={topCommodities.length * 26 + 70}
        categoryWidth={150}
      />
    </DashboardSection>
  );
}
