"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export interface TableViewLabels {
  /** The disclosure's text ("Show table"). */
  show: string;
  /** The scrollable region's accessible name ("Table: <chart title>"). */
  region: string;
  loading: string;
  failed: string;
  retry: string;
}

type State = { kind: "idle" } | { kind: "loading" } | { kind: "ready"; html: string } | { kind: "failed" };

/**
 * A chart's table view, loaded from /api/dashboard/<chart>?format=table when it is
 * needed: when the reader opens it, or (`open`: table-first charts) when it comes near
 * the screen. The tables are the bulk of the dashboard's numbers; loading them on
 * demand keeps the page light for everyone, and each one is a small cached response.
 * The HTML is built and escaped on the server (lib/dashboard/table-html.ts). It is an
 * island of the dashboard's markup (islands.tsx): other filters are other markup, so
 * every table view is mounted afresh.
 */
export interface TableViewProps {
  chart: string;
  search: string;
  labels: TableViewLabels;
  open?: boolean;
}

export function TableView({ chart, search, labels, open = false }: TableViewProps) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const box = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    setState({ kind: "loading" });
    try {
      const res = await fetch(`/api/dashboard/${chart}?${search ? `${search}&` : ""}format=table`, {
        headers: { accept: "application/json" },
      });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { html: string };
      setState({ kind: "ready", html: body.html });
    } catch {
      setState({ kind: "failed" });
    }
  }, [chart, search]);

  useEffect(() => {
    if (!open || state.kind !== "idle" || !box.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void load();
        }
      },
      { rootMargin: "600px 0px" },
    );
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [open, state.kind, load]);

  const body =
    state.kind === "ready" ? (
      <div
        className="max-h-96 overflow-auto"
        tabIndex={0}
        role="region"
        aria-label={labels.region}
        dangerouslySetInnerHTML={{ __html: state.html }}
      />
    ) : state.kind === "failed" ? (
      <p role="alert" className="text-sm text-red-700">
        {labels.failed}{" "}
        <button type="button" className="text-emerald-800 underline" onClick={() => void load()}>
          {labels.retry}
        </button>
      </p>
    ) : (
      <p role="status" className="rounded bg-slate-100 p-3 text-sm text-slate-700">
        {labels.loading}
      </p>
    );

  if (open) {
    return (
      <div ref={box} data-table-view={chart} data-state={state.kind}>
        {body}
      </div>
    );
  }
  return (
    <details
      className="mt-2 text-sm"
      data-table-view={chart}
      data-state={state.kind}
      onToggle={(e) => {
        if (e.currentTarget.open && (state.kind === "idle" || state.kind === "failed")) void load();
      }}
    >
      <summary className="cursor-pointer text-emerald-800">{labels.show}</summary>
      <div className="mt-2">{body}</div>
    </details>
  );
}
