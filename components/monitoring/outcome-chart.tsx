/**
 * A small line chart of one series, drawn as SVG on the server (no script). It is a
 * picture for sighted readers: the table beside it is the accessible alternative, so
 * the SVG carries a label pointing there.
 */
export function OutcomeChart({ points, label, title }: { points: Array<{ year: number; value: number }>; label: string; title: string }) {
  const width = 320;
  const height = 120;
  const pad = 24;
  if (points.length === 0) return null;
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxValue = Math.max(...values, 1);
  const x = (year: number) => (maxYear === minYear ? width / 2 : pad + ((year - minYear) / (maxYear - minYear)) * (width - 2 * pad));
  const y = (value: number) => height - pad - (value / maxValue) * (height - 2 * pad);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <figure className="mb-3">
      <figcaption className="mb-1 text-sm font-medium text-slate-800">{title}</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} className="h-32 w-full max-w-md">
        <line x1={pad} x2={width - pad} y1={height - pad} y2={height - pad} stroke="#94a3b8" />
        <path d={path} fill="none" stroke="#047857" strokeWidth={2} />
        {points.map((p) => (
          <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={3} fill="#047857" />
        ))}
        <text x={pad} y={height - 6} fontSize={10} fill="#334155">
          {minYear}
        </text>
        <text x={width - pad} y={height - 6} fontSize={10} fill="#334155" textAnchor="end">
          {maxYear}
        </text>
      </svg>
    </figure>
  );
}
