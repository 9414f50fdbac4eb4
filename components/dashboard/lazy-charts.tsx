"use client";

import dynamic from "next/dynamic";
import type { BarChartViewProps } from "@/components/dashboard/bar-chart-view";
import { InView } from "@/components/ui/in-view";
import type { RadarChartViewProps } from "@/components/dashboard/radar-chart-view";

// recharts is loaded in its own chunk, and only for the charts that come into view, so
// the dashboard's first-load JavaScript stays small and its main thread free; the
// numbers are on the page in the table views, and each chart box keeps its height.
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100" />;
}

const BarChartView = dynamic(() => import("@/components/dashboard/bar-chart-view"), { ssr: false, loading: Placeholder });
const RadarChartView = dynamic(() => import("@/components/dashboard/radar-chart-view"), { ssr: false, loading: Placeholder });

/** A dashboard bar chart, mounted when it comes near the screen. */
export function LazyBarChart(props: BarChartViewProps) {
  return (
    <InView>
      <BarChartView {...props} />
    </InView>
  );
}

/** A dashboard radar chart, mounted when it comes near the screen. */
export function LazyRadarChart(props: RadarChartViewProps) {
  return (
    <InView>
      <RadarChartView {...props} />
    </InView>
  );
}
