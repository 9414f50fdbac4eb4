import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClusterTable } from "@/components/clusters/cluster-table";
import { ExportLinks } from "@/components/registry/export-links";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { FilterSelect, FilterText, ListPagination } from "@/components/ui/list-controls";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { clusterListParams, listClusters, listProvinces } from "@/lib/clusters/queries";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import { firstValues, listHref } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clusters"))("title") };
}

export default async function ClustersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("clusters:read");
  const raw = await searchParams;
  const params = clusterListParams.parse(firstValues(raw));
  const [{ rows, total, pages }, provinces] = await Promise.all([listClusters(params), listProvinces()]);
  const t = await getTranslations("clusters");
  const tc = await getTranslations("common");
  const ts = await getTranslations("stages");
  const tr = await getTranslations("registry");

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
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <FilterText name="q" label={tc("search")} value={params.q} placeholder={t("searchPlaceholder")} width="w-72" />
        <FilterSelect
          name="province"
          label={tc("province")}
          value={params.province}
          allLabel={tc("all")}
          options={provinces.map((p) => ({ value: p.code, label: p.name }))}
        />
        <FilterText name="commodity" label={tr("commodityFilter")} value={params.commodity} />
        <FilterSelect
          name="stage"
          label={t("stage")}
          value={params.stage}
          allLabel={tc("all")}
          options={STAGE_FILTERS.map((s) => ({ value: s, label: ts(s) }))}
        />
        <FilterSelect
          name="sort"
          label={tc("sortBy")}
          value={params.sort}
          options={[
            { value: "name", label: t("name") },
            { value: "province", label: tc("province") },
            { value: "workers", label: t("workers") },
          ]}
        />
        {params.regency ? <input type="hidden" name="regency" value={params.regency} /> : null}
        <Button type="submit">{tc("filter")}</Button>
      </form>
      {can(user.role, "exports:run") ? (
        <div className="mb-4">
          <ExportLinks kind="clusters" params={params} />
        </div>
      ) : null}
      <ClusterTable rows={rows} />
      <ListPagination page={params.page} pages={pages} hrefFor={(page) => listHref("/clusters", params, { page })} />
    </>
  );
}
