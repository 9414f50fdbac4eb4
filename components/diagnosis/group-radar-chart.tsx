"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";

/** Splits a long group name into short lines so no label is cut at the chart's edge. */
function lines(text: string, max = 18): string[] {
  const out: string[] = [];
  for (const word of text.split(" ")) {
    const last = out[out.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

function Tick({
  x,
  y,
  textAnchor,
  payload,
}: {
  x?: number;
  y?: number;
  textAnchor?: "inherit" | "start" | "middle" | "end";
  payload?: { value: string };
}) {
  const parts = lines(payload?.value ?? "");
  return (
    <text x={x} y={(y ?? 0) - ((parts.length - 1) * 12) / 2} textAnchor={textAnchor} fontSize={11} fill="#334155">
      {parts.map((part, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : 12}>
          {part}
        </tspan>
      ))}
    </text>
  );
}

export interface GroupRadarProps {
  data: Array<{ name: string; score: number }>;
}

/** The factor groups' scores (0-100) as a radar (loaded by group-radar.tsx as it comes into view). */
export default function GroupRadarChart({ data }: GroupRadarProps) {
  return (
    <RadarChart width={600} height={340} data={data} outerRadius={105} margin={{ top: 20, right: 40, bottom: 20, left: 40 }}>
      <PolarGrid />
      <PolarAngleAxis dataKey="name" tick={<Tick />} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10 }} />
      <Radar dataKey="score" stroke="#047857" fill="#10b981" fillOpacity={0.35} isAnimationActive={false} />
    </RadarChart>
  );
}
