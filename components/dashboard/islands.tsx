"use client";

import { useEffect, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { BarChartViewProps } from "@/components/dashboard/bar-chart-view";
import { LazyBarChart, LazyRadarChart } from "@/components/dashboard/lazy-charts";
import type { RadarChartViewProps } from "@/components/dashboard/radar-chart-view";
import { TableView, type TableViewProps } from "@/components/dashboard/table-view";

/**
 * An interactive part of the dashboard: a chart or a table view. The rest of the
 * dashboard is markup rendered once per data version (components/dashboard/body.tsx);
 * each island has an empty mount point in it, `[data-island="<id>"]`.
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
 * Mounts the islands into their places in the dashboard's markup once the page is
 * interactive (the charts never render on the server; a table view's button appears
 * with them). Give it `key` = the markup's id, so new markup gets new mounts.
 */
export function DashboardIslands({ islands }: { islands: Island[] }) {
  const [targets, setTargets] = useState<Map<string, Element> | null>(null);
  useEffect(() => {
    // After the first paint: the page is readable before any chart code runs.
    const frame = requestAnimationFrame(() => {
      const found = new Map<string, Element>();
      for (const island of islands) {
        const el = document.querySelector(`[data-island="${island.id}"]`);
        if (!el) continue;
        // The mount point holds a static placeholder until now.
        el.replaceChildren();
        found.set(island.id, el);
      }
      setTargets(found);
    });
    return () => cancelAnimationFrame(frame);
  }, [islands]);
  if (!targets) return null;
  return islands.map((island) => {
    const target = targets.get(island.id);
    return target ? createPortal(render(island), target, island.id) : null;
  });
}
