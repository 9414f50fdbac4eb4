import type { ReactNode } from "react";

/** One section of the dashboard body: its heading (the section's name for screen readers) and a grid of chart cards. */
export function DashboardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`section-${id}`} className="mb-8">
      <h2 id={`section-${id}`} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">{children}</div>
    </section>
  );
}
