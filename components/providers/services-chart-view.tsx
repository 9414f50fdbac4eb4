"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Ten distinguishable colours, in the order of the source's list of services.
const COLORS = ["#047857", "#0369a1", "#b45309", "#7c3aed", "#be123c", "#0f766e", "#4d7c0f", "#c2410c", "#1d4ed8", "#6b7280"];

export interface ServicesChartProps {
  rows: Array<Record<string, number | string>>;
  series: Array<{ key: string; label: string }>;
}

/**
 * Deliveries per service and year as stacked bars (loaded by services-chart.tsx as it comes
 * into view). Inside an `aria-hidden` box, so it must hold nothing focusable (axe
 * `aria-hidden-focus`): recharts' keyboard layer is turned off.
 */
export default function ServicesChartView({ rows, series }: ServicesChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 8, right: 8, left: 0, bottom: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="services" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
