"use client";

import dynamic from "next/dynamic";

// recharts is loaded after the page is interactive, in its own chunk, so the
// dashboard's first-load JavaScript stays small; the numbers are already on the page
// in the table views, and each chart box keeps its height while it loads.
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100" />;
}

export const LazyBarChart = dynamic(() => import("@/components/dashboard/bar-chart-view"), { ssr: false, loading: Placeholder });
export const LazyRadarChart = dynamic(() => import("@/components/dashboard/radar-chart-view"), { ssr: false, loading: Placeholder });
