import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { StageFilter } from "@/components/clusters/stage-filter";
import { SettingsForm } from "@/components/selection/selection-forms";
import { Card } from "@/components/ui/card";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, FilterSelect, FilterText, ListPagination, ProvinceFilter } from "@/components/ui/list-controls";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listProvinces } from "@/lib/clusters/queries";
import { firstValues, listHref, type RawSearchParams } from "@/lib/http/search-params";
import type { AppLocale } from "@/lib/i18n/config";
import { formatScore } from "@/lib/i18n/format";
import { listRankedClusters, selectionParams } from "@/lib/selection/ranking";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selection"))("title") };
}

export default async function SelectionPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser("selection:read");
  const raw = await searchParams;
  const params = selectionParams.parse(firstValues(raw));
  const [{ rows, total, pages, settings }, provinces] = await Promise.all([listRankedClusters(params), listProvinces()]);
  const t = await getTranslations("selection");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const score = (n: number) => formatScore(n, locale);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Card title={t("settings.title")} className="mb-4">
        <p className="mb-3 text-sm text-slate-600">
          {t("settings.summary", {
            market: settings.weightMarket,
            employment: settings.weightEmployment,
            local: settings.weightLocal,
            share: settings.judgementShare,
          })}
        </p>
        {can(user.role, "selection:weights") ? <SettingsForm settings={settings} /> : null}
      </Card>
      <FilterForm>
        <ProvinceFilter provinces={provinces} value={params.province} />
        <FilterText name="commodity" label={t("commodity")} value={params.commodity} />
        <StageFilter label={t("stage")} value={params.stage} />
        <FilterSelect
          name="status"
          label={tc("status")}
          value={params.status}
          allLabel={tc("all")}
          options={[
            { value: "designated", label: t("designated") },
            { value: "candidate", label: t("candidate") },
          ]}
        />
      </FilterForm>
      <p className="mb-2 text-sm text-slate-600">{tc("resultCount", { count: total })}</p>
      <DataTable
        variant="list"
        rows={rows}
        framed
        caption={t("tableCaption")}
        columns={[
          { label: t("rank"), numeric: true },
          { label: t("cluster") },
          { label: t("criteria.market"), numeric: true },
          { label: t("criteria.employment"), numeric: true },
          { label: t("criteria.local"), numeric: true },
          { label: t("total"), numeric: true },
          { label: t("stage") },
          { label: tc("status") },
        ]}
      >
        {(r) => (
          <tr key={r.id}>
            <td className={`${CELL.list} text-right tabular-nums`}>{r.rank}</td>
            <td className={CELL.list}>
              <Link href={`/selection/${r.id}`} className="font-medium text-emerald-800 hover:underline">
                {r.name}
              </Link>
              <div className="text-xs text-slate-500">
                {r.commodity} · {r.provinceName}
                {r.hasJudgement ? ` · ${t("judged")}` : ""}
              </div>
            </td>
            <td className={`${CELL.list} text-right tabular-nums`}>{score(r.market)}</td>
            <td className={`${CELL.list} text-right tabular-nums`}>{score(r.employment)}</td>
            <td className={`${CELL.list} text-right tabular-nums`}>{score(r.local)}</td>
            <td className={`${CELL.list} text-right font-semibold tabular-nums`}>{score(r.total)}</td>
            <td className={CELL.list}>
              <StageBadge stage={r.currentStage} />
            </td>
            <td className={CELL.list}>{r.isDesignated ? t("designated") : t("candidate")}</td>
          </tr>
        )}
      </DataTable>
      <ListPagination page={params.page} pages={pages} hrefFor={(page) => listHref("/selection", params, { page })} />
    </>
  );
}
