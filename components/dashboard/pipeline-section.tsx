import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { cardBasics, type DashCtx } from "@/components/dashboard/context";
import { StackedBarCard } from "@/components/dashboard/stacked-bar-card";
import { CHARTS } from "@/lib/dashboard/charts";
import { STATUS_COLORS } from "@/lib/dashboard/colors";
import { DIAGNOSIS_STATUSES, type PipelineData, type PipelineRow } from "@/lib/dashboard/pipeline";
import { formatNumber } from "@/lib/i18n/format";

const TOP = 10;

export function PipelineSection({ data, ctx }: { data: PipelineData; ctx: DashCtx }) {
  const { t, locale } = ctx;
  const statusSeries = DIAGNOSIS_STATUSES.map((s) => ({ key: s, name: t(`status.${s}`), color: STATUS_COLORS[s] }));
  const byStatus = CHARTS.pipeline.table(data, ctx);
  const consultants = CHARTS["pipeline-consultant"].table(data, ctx);
  const providers = CHARTS["pipeline-provider"].table(data, ctx);
  const days = (v: number | null) => (v === null ? "–" : formatNumber(v, locale, 1));
  const rowsData = (rows: PipelineRow[], fallback: string) =>
    rows.slice(0, TOP).map((r) => ({ label: r.label ?? t(fallback), ...r.counts }));
  const waiting = (
    <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
      {[
        [t("pipeline.waiting"), formatNumber(data.waiting.count, locale)],
        [t("pipeline.meanWait"), days(data.waiting.meanDays)],
        [t("pipeline.maxWait"), days(data.waiting.maxDays)],
        [t("pipeline.over30"), formatNumber(data.waiting.buckets.over30, locale)],
      ].map(([label, value]) => (
        <div key={label} className="rounded bg-slate-50 p-2">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
  const height = (n: number) => Math.min(TOP, n) * 30 + 70;
  return (
    <DashboardSection id="pipeline" title={t("sections.pipeline")}>
      <StackedBarCard
        {...cardBasics(ctx, "pipeline", byStatus)}
        unit={t("charts.pipeline.unit")}
        isEmpty={data.total === 0}
        footer={waiting}
        data={[{ label: ctx.filterLabel, ...data.byStatus }]}
        series={statusSeries}
        locale={locale}
        height={130}
        categoryWidth={80}
      />
      <StackedBarCard
        {...cardBasics(ctx, "pipeline-consultant", consultants)}
        unit={t("charts.pipeline-consultant.unit", { top: TOP })}
        isEmpty={data.byConsultant.length === 0}
        data={rowsData(data.byConsultant, "unassigned")}
        series={statusSeries}
        locale={locale}
        height={height(data.byConsultant.length)}
        categoryWidth={160}
      />
      <StackedBarCard
        {...cardBasics(ctx, "pipeline-provider", providers)}
        unit={t("charts.pipeline-provider.unit", { top: TOP })}
        isEmpty={data.byProvider.length === 0}
        data={rowsData(data.byProvider, "noProvider")}
        series={statusSeries}
        locale={locale}
        height={height(data.byProvider.length)}
        categoryWidth={160}
      />
    </DashboardSection>
  );
}
