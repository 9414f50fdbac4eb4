import "server-only";
import { requireUser } from "@/lib/auth/session";
import { clusterAccessWhere } from "@/lib/clusters/access";
import { CLUSTER_ROW_SELECT } from "@/lib/clusters/select";
import { diagnosisReadWhere } from "@/lib/diagnosis/access";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { cached } from "@/lib/dashboard/cache";
import { CHARTS, DATASETS, SUMMARY_DATASETS, type Dataset, type DatasetKey } from "@/lib/dashboard/charts";
import { dashboardSearch, type DashboardParams } from "@/lib/dashboard/filters";
import type { SourceOptions } from "@/lib/dashboard/sql";
import { currentDataState, type DataState } from "@/lib/dashboard/summary";
import { getFilterOptions } from "@/lib/dashboard/options";
import { DASHBOARD_SECTIONS, SECTION_IDS, type DashboardSectionId } from "@/lib/dashboard/sections";
import { notFound } from "next/navigation";

type User = Pick<SessionUser, "id" | "role">;

/** Staff, managers and admins share one scope (everything); a consultant has their own. */
function scopeKey(user: User): string {
  return user.role === "CONSULTANT"
    ? `c:${user.id}`
    : user.role === "ADMIN" || user.role === "MANAGER" || user.role === "STAFF"
      ? "all"
      : `none:${user.id}`;
}

/** The cache key of one user's view of the data: data version, summary refresh, scope, filters. */
function viewKey(state: DataState, user: User, params: DashboardParams): string {
  return `${state.version}|${state.summary?.refreshedAt.toISOString() ?? "live"}|${scopeKey(user)}|${dashboardSearch(params)}`;
}

export interface LoadedDataset<K extends DatasetKey> {
  data: Dataset<K>;
  /** When these numbers were true: the summary refresh for summary data sets, else when computed. */
  asOf: Date;
}

/**
 * A set of data sets for one user and filters: the data version is read once
 * (summary.ts; stale summary views are refreshed, waited for briefly), and each data
 * set comes from the in-memory cache under (version, scope, filters) or is computed
 * by its scoped aggregation in the database.
 */
export async function loadDatasets<K extends DatasetKey>(
  user: User,
  params: DashboardParams,
  keys: readonly K[],
  known?: DataState,
): Promise<{ [P in K]: LoadedDataset<P> }> {
  const state = known ?? (await currentDataState());
  const summary = state.summary !== null;
  const base = viewKey(state, user, params);
  const entries = await Promise.all(
    keys.map(async (key) => {
      const clock = key === "pipeline" ? `|${pipelineClock()}` : "";
      const loaded = await cached(`${base}|${key}${clock}`, async () => {
        const data = await (DATASETS[key] as (u: User, p: DashboardParams, o?: SourceOptions) => Promise<Dataset<K>>)(user, params, {
          summary,
        });
        const asOf = summary && SUMMARY_DATASETS.has(key) ? state.summary!.refreshedAt : new Date();
        return { data, asOf };
      });
      return [key, loaded] as const;
    }),
  );
  return Object.fromEntries(entries) as { [P in K]: LoadedDataset<P> };
}

/** Waiting times grow with the clock: what shows the pipeline is recomputed at least every five minutes. */
function pipelineClock(): string {
  return String(Math.floor(Date.now() / 300_000));
}

/** The sections with at least one chart the role may see, in the dashboard's order. */
function visibleSections(role: SessionUser["role"]): DashboardSectionId[] {
  return SECTION_IDS.filter((section) => DASHBOARD_SECTIONS[section].some((id) => can(role, CHARTS[id].permission)));
}

/** What every dashboard page shows above its charts: the headline figures' data sets. */
const HEADLINE_SETS = ["overview", "pipeline"] as const satisfies readonly DatasetKey[];

type ChartOf<S extends DashboardSectionId> = (typeof DASHBOARD_SECTIONS)[S][number];
/** The data sets of a section's charts that every dashboard reader may see: always loaded. */
type SureSet<S extends DashboardSectionId> = {
  [C in ChartOf<S>]: (typeof CHARTS)[C]["permission"] extends "dashboard:read" ? (typeof CHARTS)[C]["dataset"] : never;
}[ChartOf<S>];
/** Those of its charts behind another permission (money, monitoring): loaded only for a role that has it. */
type MaybeSet<S extends DashboardSectionId> = Exclude<(typeof CHARTS)[ChartOf<S>]["dataset"], SureSet<S> | (typeof HEADLINE_SETS)[number]>;

/** A dashboard page's data sets, by section: the headline figures' and the section's, those behind a permission optional. */
export type SectionSets<S extends DashboardSectionId> = { [P in (typeof HEADLINE_SETS)[number] | SureSet<S>]: LoadedDataset<P> } & {
  [P in MaybeSet<S>]?: LoadedDataset<P>;
};

/**
 * What one dashboard page shows, for the signed-in user: the headline figures' data sets
 * and those of the section's charts the role may see (money needs `financing:read`, which
 * consultants lack; the programme monitoring charts `monitoring:read`), the filter
 * options, and the sections the role may open. A section the role sees no chart of is
 * not found.
 */
export async function loadDashboard<S extends DashboardSectionId>(params: DashboardParams, section: S, known?: DataState) {
  const user = await requireUser("dashboard:read");
  const sections = visibleSections(user.role);
  if (!sections.includes(section)) notFound();
  const charts = DASHBOARD_SECTIONS[section].filter((id) => can(user.role, CHARTS[id].permission));
  const keys = [...new Set<DatasetKey>([...HEADLINE_SETS, ...charts.map((id) => CHARTS[id].dataset)])];
  const state = known ?? (await currentDataState());
  const [sets, options]: [SectionSets<S>, Awaited<ReturnType<typeof getFilterOptions>>] = await Promise.all([
    // `keys` holds the headline sets and those of every chart of the section the role may
    // see; a chart needing only dashboard:read always is (requireUser above): SectionSets<S>.
    loadDatasets(user, params, keys, state),
    // The year list depends on the date too: an hour-bucketed key keeps it current.
    cached(`options|${state.version}|${scopeKey(user)}|${params.province ?? ""}|${Math.floor(Date.now() / 3_600_000)}`, () =>
      getFilterOptions(user, params),
    ),
  ]);
  return {
    scope: user.role === "CONSULTANT" ? ("assigned" as const) : ("all" as const),
    sets,
    options,
    sections,
  };
}

export async function listMyCentres() {
  const user = await requireUser("centres:review");
  const rows = await prisma.cluster.findMany({
    where: { AND: [clusterAccessWhere(user), { status: "ACTIVE" }] },
    orderBy: { updatedAt: "desc" },
    select: {
      ...CLUSTER_ROW_SELECT,
      _count: { select: { smes: true } },
      // A submitted primary diagnosis this user may read and did not assess: the review waiting on this centre.
      diagnoses: {
        where: { AND: [{ status: "SUBMITTED", role: "PRIMARY", assessorId: { not: user.id } }, diagnosisReadWhere(user)] },
        orderBy: { submittedAt: "asc" },
        take: 1,
        select: { id: true },
      },
    },
  });
  // Centres with a review waiting come first; otherwise the order above.
  return rows
    .map(({ diagnoses, ...row }) => ({ ...row, reviewId: diagnoses[0]?.id ?? null }))
    .sort((a, b) => Number(b.reviewId !== null) - Number(a.reviewId !== null));
}
