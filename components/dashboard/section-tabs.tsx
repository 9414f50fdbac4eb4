import Link from "next/link";
import type { DashCtx } from "@/components/dashboard/context";
import { sectionHref, type DashboardSectionId } from "@/lib/dashboard/sections";

/** The dashboard's sections as links that keep the filters; the current one is marked. */
export function SectionTabs({ sections, current, ctx }: { sections: DashboardSectionId[]; current: DashboardSectionId; ctx: DashCtx }) {
  return (
    <nav aria-label={ctx.t("tabs.label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
        {sections.map((section) => (
          <li key={section}>
            <Link
              href={sectionHref(section, ctx.search)}
              prefetch={false}
              aria-current={section === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center border-b-2 border-transparent px-3 py-2 text-slate-700 hover:border-slate-400 hover:text-slate-900 aria-[current=page]:border-emerald-700 aria-[current=page]:font-semibold aria-[current=page]:text-emerald-900"
            >
              {ctx.t(`tabs.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
