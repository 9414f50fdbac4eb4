import type { BarDatum, BarSeries } from "@/components/dashboard/bar-chart-view";
import { ChartCard, type ChartCardProps } from "@/components/dashboard/chart-card";
import { LazyBarChart } from "@/components/dashboard/lazy-charts";
import type { AppLocale } from "@/lib/i18n/config";

export interface StackedBarCardProps extends Omit<ChartCardProps, "children" | "height"> {
  data: BarDatum[];
  series: BarSeries[];
  locale: AppLocale;
  height: number;
  /** Width of the category axis (the labels on the left). */
  categoryWidth: number;
}

/** A chart card holding horizontal bars of counts stacked by series (stages, statuses). */
export function StackedBarCard({ data, series, locale, height, categoryWidth, ...card }: StackedBarCardProps) {
  return (
    <ChartCard {...card} height={height}>
      <LazyBarChart
        data={data}
        series={series}
        orientation="horizontal"
        stacked
        valueKind="int"
        locale={locale}
        height={height}
        categoryWidth={categoryWidth}
      />
    </ChartCard>
  );
}
