"use client";

import { useEffect, useState, type ReactNode, type RefObject } from "react";
import { createPortal } from "react-dom";
import type { BarChartViewProps } from "@/components/dashboard/bar-chart-view";
import { readIslands } from "@/components/dashboard/island-data";
import { LazyBarChart, LazyRadarChart } from "@/components/dashboard/lazy-charts";
import type { RadarChartViewProps } from "@/components/dashboard/radar-chart-view";
import { TableView, type TableViewProps } from "@/components/dashboard/table-view";

/**
 * An interactive part of the dashboard: a chart or a table view. The rest of the
 * dashboard is markup rendered once per data version (components/dashboard/body.tsx);
 * each island has a mount point in it, `[data-island="<id>"]`, and its props in the
 * markup's data block (island-data.ts).
 */
export type IslandSpec =
  { kind: "bar"; props: BarChartViewProps } | { kind: "radar"; props: RadarChartViewProps } | { kind: "table"; props: TableViewProps };

export type Island = IslandSpec & { id: string };

function render(island: Island): ReactNode {
  switch (island.kind) {
    case "bar":
      return <LazyBarChart {...island.props} />;
    case "radar":
      return <LazyRadarChart {...island.props} />;
    case "table":
      return <TableView {...island.props} />;
  }
}

/**
 * Mounts the islands of the markup in `root` (components/dashboard/dashboard-markup.tsx)
 * once the page is interactive: their props come from the markup's data block
 * (island-data.ts). The charts never render on the server; a table view's button
 * appears with them. `ready`: the markup is in `root`.
 */
export function MountedIslands({ root, ready }: { root: RefObject<HTMLElement | null>; ready: boolean }) {
  const [mounts, setMounts] = useState<Array<{ island: Island; target: Element }> | null>(null);
  useEffect(() => {
    const container = root.current;
    if (!ready || !container) return;
    // After the first paint: the page is readable before any chart code runs.
    const frame = requestAnimationFrame(() => {
      const found: Array<{ island: Island; target: Element }> = [];
      for (const island of readIslands(container)) {
        const target = container.querySelector(`[data-island="${island.id}"]`);
        if (!target) continue;
        // The mount point holds a static placeholder until now.
        target.replaceChildren();
        found.push({ island, target });
      }
      setMounts(found);
    });
    return () => cancelAnimationFrame(frame);
  }, [root, ready]);
  if (!mounts) return null;
  return mounts.map(({ island, target }) => createPortal(render(island), target, island.id));
}
