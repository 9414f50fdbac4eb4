import "server-only";
import type { BarChartViewProps } from "@/components/dashboard/bar-chart-view";
import { islandsScript } from "@/components/dashboard/island-data";
import type { Island, IslandSpec } from "@/components/dashboard/islands";
import type { RadarChartViewProps } from "@/components/dashboard/radar-chart-view";
import type { TableViewProps } from "@/components/dashboard/table-view";

// The islands of the render in progress. The static renderer runs synchronously
// (lib/dashboard/static-markup.ts), so one module-level list cannot mix two renders.
let collecting: Island[] | null = null;

/**
 * Runs one static render and returns its markup with the islands it placed; `html`
 * ends with the islands' props as a data block (island-data.ts) for the browser.
 */
export function collectIslands(render: () => string): { html: string; islands: Island[] } {
  if (collecting) throw new Error("collectIslands: renders cannot nest");
  collecting = [];
  try {
    const html = render();
    return { html: html + islandsScript(collecting), islands: collecting };
  } finally {
    collecting = null;
  }
}

function place(spec: IslandSpec, placeholder: boolean) {
  if (!collecting) throw new Error("An island was rendered outside collectIslands");
  const id = `island-${collecting.length}`;
  collecting.push({ ...spec, id });
  // The chart's box keeps its size and shows a quiet placeholder until the chart mounts.
  return (
    <div data-island={id} className={placeholder ? "h-full w-full" : undefined}>
      {placeholder ? <div className="h-full w-full animate-pulse rounded bg-slate-100" /> : null}
    </div>
  );
}

/** Where a bar chart (components/dashboard/bar-chart-view.tsx) mounts. */
export function BarChartIsland(props: BarChartViewProps) {
  return place({ kind: "bar", props }, true);
}

/** Where a radar chart (components/dashboard/radar-chart-view.tsx) mounts. */
export function RadarChartIsland(props: RadarChartViewProps) {
  return place({ kind: "radar", props }, true);
}

/** Where a chart's table view (components/dashboard/table-view.tsx) mounts. */
export function TableViewIsland(props: TableViewProps) {
  return place({ kind: "table", props }, false);
}
