import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { ChartCard } from "@/components/dashboard/chart-card";
import { cardBasics, summaryOf, type DashCtx } from "@/components/dashboard/context";
import { DrillLink } from "@/components/dashboard/factor-section";
import { LazyBarChart } from "@/components/dashboard/lazy-charts";
import { CHARTS } from "@/lib/dashboard/charts";
import { DIRECTION_COLORS, MONEY_COLORS } from "@/lib/dashboard/colors";
import { drillHref } from "@/lib/dashboard/filters";
import { DIRECTIONS, type MovementData, type SupportEffect, type TimeToMove } from "@/lib/dashboard/movement";

export function MovementSection({
  movement,
  time,
  effect,
  ctx,
}: {
  movement: MovementData;
  time: TimeToMove[];
  effect: SupportEffect[];
  ctx: DashCtx;
}) {
  const { t, params, locale } = ctx;
  const common = { search: ctx.search, asOf: ctx.asOf, t, filters: ctx.filterLabel };
  const directionSeries = DIRECTIONS.map((d) => ({ key: d, name: t(`direction.${d}`), color: DIRECTION_COLORS[d] }));
  const moves = CHARTS.movement.table(movement, ctx);
  const times = CHARTS["time-to-move"].table(time, ctx);
  const support = CHARTS["support-effect"].table(effect, ctx);
  const period = params.year ? t("periodYear", { year: params.year }) : t("periodAll");
  const drill = <DrillLink href={drillHref(params)} label={t("drillClusters")} />;
  return (
    <DashboardSection id="movement" title={t("sections.movement")}>
      <ChartCard
        id="movement"
        title={t(movement.unit === "quarter" ? "charts.movement.titleQuarter" : "charts.movement.title")}
        unit={t("charts.movement.unit", { period })}
        isEmpty={movement.totals.total === 0}
        summary={summaryOf(t("charts.movement.title"), moves, locale)}
        footer={drill}
        {...common}
      >
        <LazyBarChart
          data={movement.periods.map((p) => ({ label: p.period, UP: p.up, SAME: p.same, DOWN: p.down }))}
          series={directionSeries}
          orientation="vertical"
          stacked
          valueKind="int"
          locale={locale}
          height={280}
        />
      </ChartCard>
      <ChartCard
        {...cardBasics(ctx, "time-to-move", times)}
        unit={t("charts.time-to-move.unit", { period })}
        isEmpty={time.length === 0}
        footer={drill}
      >
        <LazyBarChart
          data={time.map((m) => ({
            label: `${ctx.stage(m.from)} → ${ctx.stage(m.to)}`,
            median: Math.round(m.medianDays),
            mean: Math.round(m.meanDays),
          }))}
          series={[
            { key: "median", name: t("columns.medianDays"), color: MONEY_COLORS.allocated },
            { key: "mean", name: t("columns.meanDays"), color: "#64748b" },
          ]}
          orientation="vertical"
          valueKind="days"
          locale={locale}
          height={280}
        />
      </ChartCard>
      <div className="lg:col-span-2">
        <ChartCard
          {...cardBasics(ctx, "support-effect", support)}
          unit={t("charts.support-effect.unit", { period })}
          isEmpty={effect.every((g) => g.total === 0)}
          height={170}
          footer={drill}
        >
          <LazyBarChart
            data={effect.map((g) => ({
              label: t(`supportGroups.${g.group}`),
              UP: g.total ? g.up / g.total : 0,
              SAME: g.total ? g.same / g.total : 0,
              DOWN: g.total ? g.down / g.total : 0,
            }))}
            series={directionSeries}
            orientation="horizontal"
            stacked
            valueKind="share"
            locale={locale}
            height={170}
            categoryWidth={170}
          />
        </ChartCard>
      </div>
    </DashboardSection>
  );
}
