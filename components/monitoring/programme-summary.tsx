import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CELL, DataTable, RowHeader } from "@/components/ui/data-table";
import type { SessionUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import { dashboardParams } from "@/lib/dashboard/filters";
import { loadDatasets } from "@/lib/dashboard/queries";

/** Agenda completion by province and the supported / not supported growth comparison, as tables. */
export async function ProgrammeSummary({ user }: { user: SessionUser }) {
  // The dashboard's monitoring data sets without filters, from its cache (per data
  // version and scope): the comparison reads every sentra's outcomes and the ledgers.
  const { agenda, outcomeGrowth } = await loadDatasets(user, dashboardParams.parse({}), ["agenda", "outcomeGrowth"]);
  const [completion, comparison] = [agenda.data, outcomeGrowth.data];
  const t = await getTranslations("monitoring.summary");
  const locale = (await getLocale()) as AppLocale;
  return (
    <div className="mt-6 grid gap-4 lg:grid-cols-2">
      <Card title={t("completionTitle")}>
        <DataTable
          caption={t("completionTitle")}
          rows={completion}
          empty={t("none")}
          columns={[
            { label: t("province") },
            { label: t("designated"), numeric: true },
            { label: t("savingsDone"), numeric: true },
            { label: t("organisationDone"), numeric: true },
          ]}
        >
          {(r) => (
            <tr key={r.province}>
              <RowHeader label={r.province} />
              <td className={`${CELL.compact} text-right tabular-nums`}>{formatNumber(r.designated, locale)}</td>
              <td className={`${CELL.compact} text-right tabular-nums`}>{formatNumber(r.savingsDone, locale)}</td>
              <td className="py-1 text-right tabular-nums">{formatNumber(r.organisationDone, locale)}</td>
            </tr>
          )}
        </DataTable>
      </Card>
      <Card title={t("comparisonTitle")}>
        <DataTable
          caption={t("comparisonTitle")}
          rows={comparison}
          columns={[{ label: t("group") }, { label: t("count"), numeric: true }, { label: t("medianGrowth"), numeric: true }]}
        >
          {(g) => (
            <tr key={g.group} data-testid={`comparison-${g.group}`}>
              <RowHeader label={t(g.group)} />
              <td className={`${CELL.compact} text-right tabular-nums`}>{formatNumber(g.count, locale)}</td>
              <td className="py-1 text-right tabular-nums">{g.medianGrowth === null ? "—" : formatPercent(g.medianGrowth, locale, 1)}</td>
            </tr>
          )}
        </DataTable>
        <p className="mt-2 text-xs text-slate-600">{t("caveat")}</p>
      </Card>
    </div>
  );
}
