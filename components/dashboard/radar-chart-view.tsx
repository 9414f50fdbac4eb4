"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import { formatValue } from "@/components/dashboard/chart-format";
import type { AppLocale } from "@/lib/i18n/config";

export interface RadarChartViewProps {
  data: Array<{ label: string; value: number }>;
  name: string;
  color: string;
  locale: AppLocale;
  height: number;
}

/** Group names are long ("Kemampuan Perencanaan dan Tindakan"): wrapped to lines of about 18 characters. */
function wrap(text: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  cx?: number;
  textAnchor?: "start" | "middle" | "end" | "inherit";
  payload?: { value: string };
}

function GroupTick({ x = 0, y = 0, cx = 0, textAnchor, payload }: TickProps) {
  const lines = wrap(payload?.value ?? "");
  const nx = Number(x);
  // recharts says which side of the circle the label is on; fall back to the position.
  const anchor = textAnchor ?? (Math.abs(nx - cx) < 4 ? "middle" : nx > cx ? "start" : "end");
  const ny = Number(y) - ((lines.length - 1) * 13) / 2;
  return (
    <text x={nx} y={ny} textAnchor={anchor} fontSize={11} fill="#334155">
      {lines.map((line, i) => (
        <tspan key={i} x={nx} dy={i === 0 ? 0 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Average group scores on the 0–100 scale of the instrument. */
export default function RadarChartView({ data, name, color, locale, height }: RadarChartViewProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart data={data} outerRadius="68%" margin={{ top: 16, right: 72, bottom: 16, left: 72 }} accessibilityLayer={false}>
        <PolarGrid stroke="#cbd5e1" />
        <PolarAngleAxis dataKey="label" tick={(props: TickProps) => <GroupTick {...props} />} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={6} tick={{ fontSize: 10, fill: "#475569" }} angle={90} />
        <Radar dataKey="value" name={name} stroke={color} fill={color} fillOpacity={0.35} isAnimationActive={false} />
        <Tooltip formatter={(v) => formatValue(Number(v), "score", locale)} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
