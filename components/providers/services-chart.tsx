"use client";

import dynamic from "next/dynamic";
import type { ServicesChartProps } from "@/components/providers/services-chart-view";
import { InView } from "@/components/ui/in-view";

// recharts comes in its own chunk when the chart comes into view, not with the page.
const ServicesChartView = dynamic(() => import("@/components/providers/services-chart-view"), { ssr: false });

/**
 * Deliveries per service and year as stacked bars. Decorative for screen readers: the page
 * shows the same numbers in a table right below.
 */
export function ServicesChart(props: ServicesChartProps) {
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <InView>
        <ServicesChartView {...props} />
      </InView>
    </div>
  );
}
