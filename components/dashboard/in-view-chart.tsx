"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { BarChartViewProps } from "@/components/dashboard/bar-chart-view";
import type { RadarChartViewProps } from "@/components/dashboard/radar-chart-view";

// recharts is loaded in its own chunk, only when a chart comes near the screen, so the
// dashboard's first-load JavaScript stays small and a tablet does not build some twenty
// charts at once on a page load (docs/performance.md: total blocking time).
function Placeholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100" />;
}

const BarChartView = dynamic(() => import("@/components/dashboard/bar-chart-view"), { ssr: false, loading: Placeholder });
const RadarChartView = dynamic(() => import("@/components/dashboard/radar-chart-view"), { ssr: false, loading: Placeholder });

/** How far below the screen a chart starts to mount (px): it is ready by the time it scrolls in. */
const MARGIN = "200px 0px";

/**
 * Renders its children once its box comes within MARGIN of the viewport, a placeholder
 * of the same size until then.
 */
function WhenInView({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || inView) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          setInView(true);
        }
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [inView]);
  return (
    <div ref={box} className="h-full w-full" data-chart-state={inView ? "mounted" : "waiting"}>
      {inView ? children : <Placeholder />}
    </div>
  );
}

/** A bar chart (bar-chart-view.tsx) that mounts when it scrolls into view. */
export function BarChart(props: BarChartViewProps) {
  return (
    <WhenInView>
      <BarChartView {...props} />
    </WhenInView>
  );
}

/** A radar chart (radar-chart-view.tsx) that mounts when it scrolls into view. */
export function RadarChart(props: RadarChartViewProps) {
  return (
    <WhenInView>
      <RadarChartView {...props} />
    </WhenInView>
  );
}
