import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClusterTable } from "@/components/clusters/cluster-table";
import { StageFilter } from "@/components/clusters/stage-filter";
import { ExportLinks } from "@/components/registry/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyList } from "@/components/ui/data-table";
import { FilterForm, FilterText, ListPagination, ProvinceFilter, SearchFilter, sortableColumns } from "@/components/ui/list-controls";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { CLUSTER_FILTER_KEYS, clusterListParams, listClusters, listProvinces } from "@/lib/clusters/queries";
import { indicatorLabel } from "@/lib/dashboard/labels";
import type { AppLocale } from "@/lib/i18n/config";
import { firstValues, listHref, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clusters"))("title") };
}

export default async function ClustersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser("clusters:read");
  const raw = await searchParams;
  const params = clusterListParams.parse(firstValues(raw));
  const [{ rows, total, pages }, provinces] = await Promise.all([listClusters(params), listProvinces()]);
  const t = await getTranslations("clusters");
  const tc = await getTranslations("common");
  const tr = await getTranslations("registry");
  const locale = (await getLocale()) as AppLocale;
  const sortFor = await sortableColumns(params, (sort, dir) => listHref("/clusters", params, { sort, dir, page: 1 }));
  const filtered = CLUSTER_FILTER_KEYS.some((k) => params[k] !== undefined);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={tc("resultCount", { count: total })}
        actions={
          can(user.role, "clusters:write") ? (
            <Link href="/clusters/new" className="rounded-md bg-emerald-700 px-3 py-2 text-sm font-medium text-white hover:bg-emerald-800">
              {tr("newCluster")}
            </Link>
          ) : null
        }
      />
      {raw.archived ? (
        <p role="status" className="mb-4 rounded bg-emerald-50 p-2 text-sm text-emerald-900">
          {tr("flashArchived")}
        </p>
      ) : null}
      {/* The dashboard's drill-down filters (regency, instrument, holdsBack) survive a new search. */}
      <FilterForm
        keep={{ sort: params.sort, dir: params.dir, regency: params.regency, instrument: params.instrument, holdsBack: params.holdsBack }}
      >
        <SearchFilter value={params.q} placeholder={t("searchPlaceholder")} />
        <ProvinceFilter provinces={provinces} value={params.province} />
        <FilterText name="commodity" label={tr("commodityFilter")} value={params.commodity} />
        <StageFilter label={t("stage")} value={params.stage} />
      </FilterForm>
      {params.holdsBack ? (
        <p className="mb-4 text-sm" data-testid="held-back-filter">
          <span className="rounded-full bg-orange-100 px-2 py-1 font-medium text-orange-950">
            {t("heldBackBy", { indicator: indicatorLabel(params.holdsBack, locale) })}
          </span>
        </p>
      ) : null}
      {can(user.role, "exports:run") ? (
        <div className="mb-4">
          <ExportLinks kind="clusters" params={params} />
        </div>
      ) : null}
      <ClusterTable
        rows={rows}
        sortFor={sortFor}
        empty={
          filtered ? (
            <EmptyList message={t("noMatch")} clear={{ href: "/clusters", label: tc("clearFilters") }} />
          ) : (
            <EmptyList message={tc("noData")} />
          )
        }
      />
      <ListPagination page={params.page} pages={pages} hrefFor={(page) => listHref("/clusters", params, { page })} />
    </>
  );
}
