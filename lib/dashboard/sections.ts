import type { ChartIdName } from "@/lib/dashboard/chart-ids";

/**
 * The dashboard's pages, one per question a manager asks (which stage, what holds centres
 * back, how they move, where the diagnoses stand, where the support goes, how the
 * programme's agenda goes), each with its charts. The first is /dashboard itself, the
 * others /dashboard/<section>; every page carries the same filters and headline figures.
 */
export const DASHBOARD_SECTIONS = {
  stages: ["stages", "map", "stages-province", "stages-commodity"],
  factors: ["factors", "holds-back", "holds-back-province"],
  movement: ["movement", "time-to-move", "support-effect"],
  pipeline: ["pipeline", "pipeline-consultant", "pipeline-provider"],
  support: ["services", "money-channel", "money-province"],
  monitoring: ["agenda-province", "outcome-growth"],
} as const satisfies Record<string, readonly ChartIdName[]>;

export type DashboardSectionId = keyof typeof DASHBOARD_SECTIONS;

export const SECTION_IDS = Object.keys(DASHBOARD_SECTIONS) as DashboardSectionId[];

/** The section a /dashboard/<section> segment names; the first section lives at /dashboard, not under its own name. */
export function sectionOfSegment(segment: string): DashboardSectionId | null {
  return segment !== SECTION_IDS[0] && (SECTION_IDS as string[]).includes(segment) ? (segment as DashboardSectionId) : null;
}

/** The page of a section, with the filters' query string (if any). */
export function sectionHref(section: DashboardSectionId, search = ""): string {
  const path = section === SECTION_IDS[0] ? "/dashboard" : `/dashboard/${section}`;
  return search ? `${path}?${search}` : path;
}
