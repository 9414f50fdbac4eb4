import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import { getFactorScores, getHoldsBack } from "@/lib/dashboard/factors";
import { drillHref, type DashboardParams, type MapMeasure } from "@/lib/dashboard/filters";
import { groupLabel, indicatorLabel } from "@/lib/dashboard/labels";
import { getMovement, getSupportEffect, getTimeToMove } from "@/lib/dashboard/movement";
import { DIAGNOSIS_STATUSES, getPipeline, type PipelineRow } from "@/lib/dashboard/pipeline";
import { getStageOverview, STAGE_KEYS, type StageSlice } from "@/lib/dashboard/stages";
import { share } from "@/lib/dashboard/db";
import { getMoney, getServices, type MoneyRow } from "@/lib/dashboard/support";
import type { ChartIdName } from "@/lib/dashboard/chart-ids";
import type { SourceOptions } from "@/lib/dashboard/sql";
import type { TableData } from "@/lib/dashboard/tables";
import type { AppLocale } from "@/lib/i18n/config";
import { getAgendaCompletionByProvince, getSupportComparison } from "@/lib/monitoring/programme-summary";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface TableContext {
  t: Translate;
  stage: (key: string) => string;
  locale: AppLocale;
  params: DashboardParams;
}

type User = Pick<SessionUser, "id" | "role">;

/**
 * One loader per data set; several charts may read one data set. Those marked
 * `summary` read the summary views when the database has them (same numbers).
 */
export const DATASETS = {
  overview: (u: User, p: DashboardParams) => getStageOverview(u, p),
  factors: (u: User, p: DashboardParams, o?: SourceOptions) => getFactorScores(u, p, o),
  holdsBack: (u: User, p: DashboardParams, o?: SourceOptions) => getHoldsBack(u, p, o),
  movement: (u: User, p: DashboardParams, o?: SourceOptions) => getMovement(u, p, o),
  timeToMove: (u: User, p: DashboardParams, o?: SourceOptions) => getTimeToMove(u, p, o),
  supportEffect: (u: User, p: DashboardParams, o?: SourceOptions) => getSupportEffect(u, p, o),
  pipeline: (u: User, p: DashboardParams) => getPipeline(u, p),
  services: (u: User, p: DashboardParams) => getServices(u, p),
  money: (u: User, p: DashboardParams, o?: SourceOptions) => getMoney(u, p, o),
  // Programme monitoring (docs/monitoring.md): the same SQL as the /agenda page's summary.
  agenda: (u: User, p: DashboardParams) => getAgendaCompletionByProvince(u, p),
  outcomeGrowth: (u: User, p: DashboardParams) => getSupportComparison(u, p),
} as const;
/** Data sets computed from the summary views when present (their data date is the refresh time). */
export const SUMMARY_DATASETS: ReadonlySet<DatasetKey> = new Set([
  "factors",
  "holdsBack",
  "movement",
  "timeToMove",
  "supportEffect",
  "money",
]);
export type DatasetKey = keyof typeof DATASETS;
export type Dataset<K extends DatasetKey> = Awaited<ReturnType<(typeof DATASETS)[K]>>;

/** A chart's table as the page shows it: rows, and a drill-down link per row where a row is a slice of clusters. */
export interface PageTable {
  table: TableData;
  links?: Array<string | null>;
}

interface ChartDef<K extends DatasetKey> {
  dataset: K;
  permission: Permission;
  /** Every number of the chart: the downloads (CSV, XLSX, JSON). */
  table: (data: Dataset<K>, ctx: TableContext) => TableData;
  /** The table view on the page, when it differs from `table` (links, fewer rows). */
  page?: (data: Dataset<K>, ctx: TableContext, tableOf: (data: Dataset<K>) => TableData) => PageTable;
}

/** A chart's definition, its data set and permission kept as literal types (what a dashboard page may load, typed: queries.ts). */
function def<K extends DatasetKey, P extends Permission>(d: ChartDef<K> & { permission: P }): ChartDef<K> & { permission: P } {
  return d;
}

function stageSliceTable(rows: StageSlice[], firstHeader: string, ctx: TableContext): TableData {
  return {
    columns: [
      { header: firstHeader, kind: "text" },
      ...STAGE_KEYS.map((s) => ({ header: ctx.stage(s), kind: "int" as const })),
      { header: ctx.t("columns.total"), kind: "int" },
      { header: ctx.t("columns.matureShare"), kind: "share" },
    ],
    rows: rows.map((r) => [r.label, ...STAGE_KEYS.map((s) => r.counts[s]), r.total, share(r.counts.MATURE, r.total)]),
  };
}

/** The value of a map measure for one province. */
export function measureValue(measure: MapMeasure, slice: StageSlice): number | null {
  switch (measure) {
    case "clusters":
      return slice.total;
    case "matureShare":
      return slice.total ? slice.counts.MATURE / slice.total : null;
    case "advanceShare":
      return slice.total ? slice.counts.ADVANCE / slice.total : null;
    case "survivalShare":
      return slice.total ? slice.counts.SURVIVAL / slice.total : null;
    case "undiagnosedShare":
      return slice.total ? slice.counts.NONE / slice.total : null;
  }
}

function pipelineTable(rows: PipelineRow[], who: "consultant" | "provider", ctx: TableContext): TableData {
  return {
    columns: [
      { header: ctx.t(who === "consultant" ? "columns.consultant" : "columns.provider"), kind: "text" },
      ...(who === "consultant" ? [{ header: ctx.t("columns.provider"), kind: "text" as const }] : []),
      ...DIAGNOSIS_STATUSES.map((s) => ({ header: ctx.t(`status.${s}`), kind: "int" as const })),
      { header: ctx.t("columns.waiting"), kind: "int" },
      { header: ctx.t("columns.meanWaitDays"), kind: "days" },
      { header: ctx.t("columns.maxWaitDays"), kind: "days" },
    ],
    rows: rows.map((r) => [
      r.label ?? ctx.t(who === "consultant" ? "unassigned" : "noProvider"),
      ...(who === "consultant" ? [r.provider ?? null] : []),
      ...DIAGNOSIS_STATUSES.map((s) => r.counts[s]),
      r.waiting,
      r.meanWaitDays,
      r.maxWaitDays,
    ]),
  };
}

function moneyTable(rows: MoneyRow[], firstHeader: string, label: (r: MoneyRow) => string, ctx: TableContext): TableData {
  return {
    columns: [
      { header: firstHeader, kind: "text" },
      { header: ctx.t("columns.allocated"), kind: "rupiah" },
      { header: ctx.t("columns.disbursed"), kind: "rupiah" },
      { header: ctx.t("columns.outstanding"), kind: "rupiah" },
      { header: ctx.t("columns.disbursements"), kind: "int" },
    ],
    rows: rows.map((r) => [label(r), r.allocated, r.disbursed, r.outstanding, r.disbursements]),
  };
}

/** How many of each province's indicators the page's "holds back per province" table shows. */
export const HOLDS_BACK_PER_PROVINCE = 3;

/** Every chart of the dashboard: its data set, who may see it, and its table (page, CSV, XLSX). */
export const CHARTS = {
  stages: def({
    dataset: "overview",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.stage"), kind: "text" },
        { header: ctx.t("columns.clusters"), kind: "int" },
        { header: ctx.t("columns.share"), kind: "share" },
      ],
      rows: d.national.map((s) => [ctx.stage(s.stage), s.count, s.share]),
    }),
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.national.map((s) => drillHref(ctx.params, { stage: s.stage })),
    }),
  }),
  "stages-province": def({
    dataset: "overview",
    permission: "dashboard:read",
    table: (d, ctx) =>
      stageSliceTable(
        d.byProvince.filter((p) => p.total > 0),
        ctx.t("columns.province"),
        ctx,
      ),
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.byProvince.filter((p) => p.total > 0).map((p) => drillHref(ctx.params, { province: p.key })),
    }),
  }),
  "stages-commodity": def({
    dataset: "overview",
    permission: "dashboard:read",
    table: (d, ctx) => stageSliceTable(d.byCommodity, ctx.t("columns.commodity"), ctx),
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.byCommodity.map((c) => drillHref(ctx.params, { commodity: c.key })),
    }),
  }),
  map: def({
    dataset: "overview",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.province"), kind: "text" },
        { header: ctx.t("columns.clusters"), kind: "int" },
        { header: ctx.t(`measures.${ctx.params.measure}`), kind: ctx.params.measure === "clusters" ? "int" : "share" },
      ],
      rows: d.byProvince.map((p) => [p.label, p.total, measureValue(ctx.params.measure, p)]),
    }),
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.byProvince.map((p) => drillHref(ctx.params, { province: p.key })),
    }),
  }),
  factors: def({
    dataset: "factors",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.group"), kind: "text" },
        { header: ctx.t("columns.averageScore"), kind: "score" },
        { header: ctx.t("columns.clusters"), kind: "int" },
      ],
      rows: d.groups.map((g) => [groupLabel(g.group, ctx.locale), g.average, g.clusters]),
    }),
  }),
  "holds-back": def({
    dataset: "holdsBack",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.indicator"), kind: "text" },
        { header: ctx.t("columns.group"), kind: "text" },
        { header: ctx.t("columns.clustersHeldBack"), kind: "int" },
        { header: ctx.t("columns.shareOfDiagnosed"), kind: "share" },
      ],
      rows: d.national.map((h) => [indicatorLabel(h.indicator, ctx.locale), groupLabel(h.group, ctx.locale), h.clusters, h.share]),
    }),
    // Each row lists the clusters that indicator holds back (/clusters?holdsBack=…), not every diagnosed one.
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.national.map((h) => drillHref(ctx.params, { holdsBack: h.indicator })),
    }),
  }),
  "holds-back-province": def({
    dataset: "holdsBack",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.province"), kind: "text" },
        { header: ctx.t("columns.diagnosed"), kind: "int" },
        { header: ctx.t("columns.indicator"), kind: "text" },
        { header: ctx.t("columns.clustersHeldBack"), kind: "int" },
        { header: ctx.t("columns.shareOfDiagnosed"), kind: "share" },
      ],
      rows: d.byProvince.flatMap((p) =>
        p.indicators.map((h) => [p.name, p.diagnosed, indicatorLabel(h.indicator, ctx.locale), h.clusters, h.share]),
      ),
    }),
    // On the page, the first indicators of each province; the download has them all.
    page: (d, ctx, tableOf) => {
      const shown = d.byProvince.map((p) => ({ ...p, indicators: p.indicators.slice(0, HOLDS_BACK_PER_PROVINCE) }));
      return {
        table: tableOf({ ...d, byProvince: shown }),
        links: shown.flatMap((p) => p.indicators.map((h) => drillHref(ctx.params, { province: p.code, holdsBack: h.indicator }))),
      };
    },
  }),
  movement: def({
    dataset: "movement",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t(d.unit === "quarter" ? "columns.quarter" : "columns.year"), kind: "text" },
        { header: ctx.t("direction.UP"), kind: "int" },
        { header: ctx.t("direction.SAME"), kind: "int" },
        { header: ctx.t("direction.DOWN"), kind: "int" },
        { header: ctx.t("columns.total"), kind: "int" },
      ],
      rows: d.periods.map((p) => [p.period, p.up, p.same, p.down, p.total]),
    }),
  }),
  "time-to-move": def({
    dataset: "timeToMove",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.fromStage"), kind: "text" },
        { header: ctx.t("columns.toStage"), kind: "text" },
        { header: ctx.t("columns.moves"), kind: "int" },
        { header: ctx.t("columns.medianDays"), kind: "days" },
        { header: ctx.t("columns.meanDays"), kind: "days" },
      ],
      rows: d.map((m) => [ctx.stage(m.from), ctx.stage(m.to), m.moves, m.medianDays, m.meanDays]),
    }),
  }),
  pipeline: def({
    dataset: "pipeline",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.status"), kind: "text" },
        { header: ctx.t("columns.diagnoses"), kind: "int" },
        { header: ctx.t("columns.share"), kind: "share" },
      ],
      rows: DIAGNOSIS_STATUSES.map((s) => [ctx.t(`status.${s}`), d.byStatus[s], share(d.byStatus[s], d.total)]),
    }),
  }),
  "pipeline-consultant": def({
    dataset: "pipeline",
    permission: "dashboard:read",
    table: (d, ctx) => pipelineTable(d.byConsultant, "consultant", ctx),
  }),
  "pipeline-provider": def({
    dataset: "pipeline",
    permission: "dashboard:read",
    table: (d, ctx) => pipelineTable(d.byProvider, "provider", ctx),
  }),
  services: def({
    dataset: "services",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.service"), kind: "text" },
        { header: ctx.t("columns.deliveries"), kind: "int" },
        { header: ctx.t("columns.clusters"), kind: "int" },
        { header: ctx.t("columns.participants"), kind: "int" },
      ],
      rows: d.map((s) => [ctx.t(`services.${s.service}`), s.deliveries, s.clusters, s.participants]),
    }),
  }),
  "money-channel": def({
    dataset: "money",
    permission: "financing:read",
    table: (d, ctx) => moneyTable(d.byChannel, ctx.t("columns.channel"), (r) => ctx.t(`channels.${r.key}`), ctx),
  }),
  "money-province": def({
    dataset: "money",
    permission: "financing:read",
    table: (d, ctx) => moneyTable(d.byProvince, ctx.t("columns.province"), (r) => r.label, ctx),
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.byProvince.map((r) => drillHref(ctx.params, { province: r.key })),
    }),
  }),
  "support-effect": def({
    dataset: "supportEffect",
    permission: "dashboard:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.supportGroup"), kind: "text" },
        { header: ctx.t("direction.UP"), kind: "int" },
        { header: ctx.t("direction.SAME"), kind: "int" },
        { header: ctx.t("direction.DOWN"), kind: "int" },
        { header: ctx.t("columns.total"), kind: "int" },
        { header: ctx.t("columns.upShare"), kind: "share" },
      ],
      rows: d.map((g) => [ctx.t(`supportGroups.${g.group}`), g.up, g.same, g.down, g.total, g.upShare]),
    }),
  }),
  "agenda-province": def({
    dataset: "agenda",
    permission: "monitoring:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.province"), kind: "text" },
        { header: ctx.t("columns.designated"), kind: "int" },
        { header: ctx.t("columns.savingsDone"), kind: "int" },
        { header: ctx.t("columns.organisationDone"), kind: "int" },
      ],
      rows: d.map((r) => [r.province, r.designated, r.savingsDone, r.organisationDone]),
    }),
    page: (d, ctx, tableOf) => ({
      table: tableOf(d),
      links: d.map((r) => `/agenda?province=${r.provinceCode}`),
    }),
  }),
  "outcome-growth": def({
    dataset: "outcomeGrowth",
    permission: "monitoring:read",
    table: (d, ctx) => ({
      columns: [
        { header: ctx.t("columns.supportGroup"), kind: "text" },
        { header: ctx.t("columns.clusters"), kind: "int" },
        { header: ctx.t("columns.medianGrowth"), kind: "share" },
      ],
      rows: d.map((g) => [ctx.t(`outcomeGroups.${g.group}`), g.count, g.medianGrowth]),
    }),
  }),
} as const satisfies Record<ChartIdName, { dataset: DatasetKey }>;

export type ChartId = keyof typeof CHARTS;

export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(CHARTS, id);
}

export function canSeeChart(user: User, id: ChartId): boolean {
  return can(user.role, "dashboard:read") && can(user.role, CHARTS[id].permission);
}

/** One chart's table view on the page (with drill-down links) from its (already loaded) data set. */
export function chartPageTable(id: ChartId, data: unknown, ctx: TableContext): PageTable {
  const chart = CHARTS[id] as ChartDef<DatasetKey>;
  const tableOf = (d: Dataset<DatasetKey>) => chart.table(d, ctx);
  return chart.page ? chart.page(data as never, ctx, tableOf) : { table: tableOf(data as never) };
}

/** One chart's table from its (already loaded) data set. */
export function chartTable(id: ChartId, data: unknown, ctx: TableContext): TableData {
  const chart = CHARTS[id] as ChartDef<DatasetKey>;
  return chart.table(data as never, ctx);
}
