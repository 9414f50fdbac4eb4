import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { ChartCard } from "@/components/dashboard/chart-card";
import { cardBasics, summaryOf, type DashCtx } from "@/components/dashboard/context";
import { DrillLink } from "@/components/dashboard/factor-section";
import { LazyBarChart } from "@/components/dashboard/lazy-charts";
import { CHARTS } from "@/lib/dashboard/charts";
import { MONEY_COLORS, PRIMARY_COLOR } from "@/lib/dashboard/colors";
import { drillHref } from "@/lib/dashboard/filters";
import type { MoneyData, MoneyRow, ServiceRow } from "@/lib/dashboard/support";

const TOP = 10;

export function SupportSection({
  services,
  money,
  ctx,
  moneyAsOf,
}: {
  services: ServiceRow[];
  money: MoneyData | null;
  ctx: DashCtx;
  moneyAsOf: string;
}) {
  const { t, params, locale } = ctx;
  const moneyCommon = { search: ctx.search, asOf: moneyAsOf, t, filters: ctx.filterLabel };
  const period = params.year ? t("periodYear", { year: params.year }) : t("periodAll");
  const serviceTable = CHARTS.services.table(services, ctx);
  const moneySeries = (["allocated", "disbursed", "outstanding"] as const).map((k) => ({
    key: k,
    name: t(`columns.${k}`),
    color: MONEY_COLORS[k],
  }));
  // Charts take numbers: whole Rupiah stay below 2^53 (lib/forms/numbers.ts caps them at 10^15).
  const moneyData = (rows: MoneyRow[], label: (r: MoneyRow) => string, href?: (r: MoneyRow) => string) =>
    rows.map((r) => ({
      label: label(r),
      href: href?.(r),
      allocated: Number(r.allocated),
      disbursed: Number(r.disbursed),
      outstanding: Number(r.outstanding),
    }));
  return (
    <DashboardSection id="support" title={t("sections.support")}>
      <ChartCard
        {...cardBasics(ctx, "services", serviceTable)}
        unit={t("charts.services.unit", { period })}
        isEmpty={services.every((s) => s.deliveries === 0)}
        height={360}
        footer={<DrillLink href={drillHref(params)} label={t("drillClusters")} />}
      >
        <LazyBarChart
          data={services.map((s) => ({ label: t(`services.${s.service}`), deliveries: s.deliveries }))}
          series={[{ key: "deliveries", name: t("columns.deliveries"), color: PRIMARY_COLOR }]}
          orientation="horizontal"
          valueKind="int"
          locale={locale}
          height={360}
          categoryWidth={170}
        />
      </ChartCard>
      {money ? (
        <ChartCard
          id="money-channel"
          title={t("charts.money-channel.title")}
          unit={t("charts.money-channel.unit", { period })}
          isEmpty={money.totals.allocated === 0n && money.totals.disbursements === 0}
          summary={summaryOf(t("charts.money-channel.title"), CHARTS["money-channel"].table(money, ctx), locale)}
          height={360}
          {...moneyCommon}
        >
          <LazyBarChart
            data={moneyData(money.byChannel, (r) => t(`channels.${r.key}`))}
            series={moneySeries}
            orientation="horizontal"
            valueKind="rupiah"
            locale={locale}
            height={360}
            categoryWidth={150}
          />
        </ChartCard>
      ) : null}
      {money ? (
        <div className="lg:col-span-2">
          <ChartCard
            id="money-province"
            title={t("charts.money-province.title")}
            unit={t("charts.money-province.unit", { period, top: TOP })}
            isEmpty={money.byProvince.length === 0}
            summary={summaryOf(t("charts.money-province.title"), CHARTS["money-province"].table(money, ctx), locale)}
            height={Math.min(TOP, money.byProvince.length) * 34 + 80}
            {...moneyCommon}
          >
            <LazyBarChart
              data={moneyData(
                money.byProvince.slice(0, TOP),
                (r) => r.label,
                (r) => drillHref(params, { province: r.key }),
              )}
              series={moneySeries}
              orientation="horizontal"
              valueKind="rupiah"
              locale={locale}
              height={Math.min(TOP, money.byProvince.length) * 34 + 80}
              categoryWidth={170}
            />
          </ChartCard>
        </div>
      ) : null}
    </DashboardSection>
  );
}
