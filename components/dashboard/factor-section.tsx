import { DashboardSection } from "@/components/dashboard/dashboard-section";
import Link from "next/link";
import { ChartCard } from "@/components/dashboard/chart-card";
import { cardBasics, type DashCtx } from "@/components/dashboard/context";
import { LazyBarChart, LazyRadarChart } from "@/components/dashboard/lazy-charts";
import { CHARTS, HOLDS_BACK_PER_PROVINCE } from "@/lib/dashboard/charts";
import { PRIMARY_COLOR } from "@/lib/dashboard/colors";
import type { FactorScores, HoldsBackData } from "@/lib/dashboard/factors";
import { drillHref } from "@/lib/dashboard/filters";
import { groupLabel, indicatorLabel } from "@/lib/dashboard/labels";

const TOP = 10;

export function DrillLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mt-2 text-sm">
      <Link href={href} className="text-emerald-800 underline">
        {label}
      </Link>
    </p>
  );
}

export function FactorSection({ factors, holds, ctx }: { factors: FactorScores; holds: HoldsBackData; ctx: DashCtx }) {
  const { t, params, locale } = ctx;
  const common = { search: ctx.search, asOf: ctx.asOf, t, filters: ctx.filterLabel };
  const radar = CHARTS.factors.table(factors, ctx);
  const national = CHARTS["holds-back"].table(holds, ctx);
  const perProvinceRows = holds.byProvince.reduce((n, p) => n + Math.min(HOLDS_BACK_PER_PROVINCE, p.indicators.length), 0);
  const top = holds.national[0];
  const drill = <DrillLink href={drillHref(params)} label={t("drillClusters")} />;
  return (
    <DashboardSection id="factors" title={t("sections.factors")}>
      <ChartCard
        {...cardBasics(ctx, "factors", radar)}
        unit={t("charts.factors.unit", { count: factors.diagnosed })}
        isEmpty={factors.diagnosed === 0}
        height={320}
        footer={drill}
      >
        <LazyRadarChart
          data={factors.groups.map((g) => ({
            label: groupLabel(g.group, locale),
            value: g.average === null ? 0 : Math.round(g.average * 10) / 10,
          }))}
          name={t("columns.averageScore")}
          color={PRIMARY_COLOR}
          locale={locale}
          height={320}
        />
      </ChartCard>
      <ChartCard
        {...cardBasics(ctx, "holds-back", national)}
        unit={t("charts.holds-back.unit", { top: TOP, count: holds.diagnosed })}
        isEmpty={holds.national.length === 0}
        height={Math.min(TOP, holds.national.length) * 30 + 60}
        footer={
          top ? (
            <DrillLink
              href={drillHref(params, { holdsBack: top.indicator })}
              label={t("drillHeldBack", { indicator: indicatorLabel(top.indicator, locale) })}
            />
          ) : null
        }
      >
        <LazyBarChart
          data={holds.national.slice(0, TOP).map((h) => ({
            label: indicatorLabel(h.indicator, locale),
            href: drillHref(params, { holdsBack: h.indicator }),
            clusters: h.clusters,
          }))}
          series={[{ key: "clusters", name: t("columns.clustersHeldBack"), color: "#c2410c" }]}
          orientation="horizontal"
          valueKind="int"
          locale={locale}
          height={Math.min(TOP, holds.national.length) * 30 + 60}
          categoryWidth={210}
        />
      </ChartCard>
      <div className="lg:col-span-2">
        <ChartCard
          id="holds-back-province"
          title={t("charts.holds-back-province.title")}
          unit={t("charts.holds-back-province.unit", { top: HOLDS_BACK_PER_PROVINCE })}
          isEmpty={perProvinceRows === 0}
          summary=""
          tableOnly
          {...common}
        />
      </div>
    </DashboardSection>
  );
}
