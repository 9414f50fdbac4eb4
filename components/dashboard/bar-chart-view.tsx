"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type ValueKind } from "@/components/dashboard/chart-format";
import type { AppLocale } from "@/lib/i18n/config";

export interface BarSeries {
  key: string;
  name: string;
  color: string;
}

export interface BarDatum {
  label: string;
  /** Where a click on this category leads (the clusters behind it). */
  href?: string;
  [series: string]: string | number | undefined;
}

export interface BarChartViewProps {
  data: BarDatum[];
  series: BarSeries[];
  /** "horizontal" bars grow to the right (categories on the vertical axis). */
  orientation: "horizontal" | "vertical";
  stacked?: boolean;
  valueKind: ValueKind;
  locale: AppLocale;
  height: number;
  /** Width of the category axis for horizontal bars. */
  categoryWidth?: number;
}

export default function BarChartView({
  data,
  series,
  orientation,
  stacked,
  valueKind,
  locale,
  height,
  categoryWidth = 140,
}: BarChartViewProps) {
  const router = useRouter();
  const horizontal = orientation === "horizontal";
  const fmt = (v: number) => formatValue(v, valueKind, locale);
  // Axis ticks in short form ("Rp 24 M"); the tooltip gives the long one.
  const tick = (v: number) => formatValue(v, valueKind, locale, true);
  const go = (d: unknown) => {
    const href = (d as { payload?: BarDatum } | undefined)?.payload?.href;
    if (href) router.push(href);
  };
  const valueAxis = {
    type: "number" as const,
    tickFormatter: tick,
    tick: { fontSize: 12, fill: "#334155" },
    allowDecimals: valueKind === "share",
  };
  const categoryAxis = {
    type: "category" as const,
    dataKey: "label",
    tick: { fontSize: 12, fill: "#334155" },
    interval: 0 as const,
  };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout={horizontal ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis {...categoryAxis} width={categoryWidth} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} />
            <YAxis {...valueAxis} width={valueKind === "rupiah" ? 80 : 56} />
          </>
        )}
        <Tooltip formatter={(v) => fmt(Number(v))} cursor={{ fill: "#f1f5f9" }} />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} /> : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={stacked ? "stack" : undefined}
            isAnimationActive={false}
            onClick={go}
            cursor="pointer"
            maxBarSize={48}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
