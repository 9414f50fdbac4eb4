import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { ChartCard } from "@/components/dashboard/chart-card";
import { cardBasics, type DashCtx } from "@/components/dashboard/context";
import { DrillLink } from "@/components/dashboard/factor-section";
import { LazyBarChart } from "@/components/dashboard/lazy-charts";
import { CHARTS } from "@/lib/dashboard/charts";
import { MONEY_COLORS, PRIMARY_COLOR } from "@/lib/dashboard/colors";
import type { AgendaCompletionRow, SupportComparisonRow } from "@/lib/monitoring/programme-summary";

/**
 * Programme monitoring (docs/monitoring.md): agenda completion by province and the
 * production-value growth of supported against not supported sentra, from the same
 * SQL as the /agenda page's summary (lib/monitoring/programme-summary.ts).
 */
export function MonitoringSection({
  agenda,
  growth,
  ctx,
}: {
  agenda: AgendaCompletionRow[];
  growth: SupportComparisonRow[];
  ctx: DashCtx;
}) {
  const { t, params, locale } = ctx;
  const agendaTable = CHARTS["agenda-province"].table(agenda, ctx);
  const growthTable = CHARTS["outcome-growth"].table(growth, ctx);
  const agendaHeight = Math.max(agenda.length, 1) * 40 + 90;
  const period = params.year ? t("periodUpTo", { year: params.year }) : t("periodAll");
  return (
    <DashboardSection id="monitoring" title={t("sections.monitoring")}>
      <ChartCard
        {...cardBasics(ctx, "agenda-province", agendaTable, { unfiltered: true })}
        unit={t("charts.agenda-province.unit")}
        isEmpty={agenda.length === 0}
        height={agendaHeight}
        footer={<DrillLink href="/agenda" label={t("drillAgenda")} />}
      >
        <LazyBarChart
          data={agenda.map((r) => ({
            label: r.province,
            href: `/agenda?province=${r.provinceCode}`,
            designated: r.designated,
            savingsDone: r.savingsDone,
            organisationDone: r.organisationDone,
          }))}
          series={[
            { key: "designated", name: t("columns.designated"), color: MONEY_COLORS.allocated },
            { key: "savingsDone", name: t("columns.savingsDone"), color: PRIMARY_COLOR },
            { key: "organisationDone", name: t("columns.organisationDone"), color: MONEY_COLORS.outstanding },
          ]}
          orientation="horizontal"
          valueKind="int"
          locale={locale}
          height={agendaHeight}
          categoryWidth={170}
        />
      </ChartCard>
      <ChartCard
        {...cardBasics(ctx, "outcome-growth", growthTable, { unfiltered: true })}
        unit={t("charts.outcome-growth.unit", { period })}
        isEmpty={growth.every((g) => g.count === 0)}
        height={220}
        footer={
          <>
            <p className="mt-2 text-sm text-slate-700" data-testid="outcome-growth-n">
              {growth.map((g) => t("outcomeGroupCount", { group: t(`outcomeGroups.${g.group}`), count: g.count })).join(" · ")}
            </p>
            <p className="mt-1 text-xs text-slate-600">{t("outcomeCaveat")}</p>
          </>
        }
      >
        <LazyBarChart
          data={growth.map((g) => ({
            label: `${t(`outcomeGroups.${g.group}`)} (n = ${g.count})`,
            medianGrowth: g.medianGrowth ?? 0,
          }))}
          series={[{ key: "medianGrowth", name: t("columns.medianGrowth"), color: PRIMARY_COLOR }]}
          orientation="horizontal"
          valueKind="share"
          locale={locale}
          height={220}
          categoryWidth={200}
        />
      </ChartCard>
    </DashboardSection>
  );
}
