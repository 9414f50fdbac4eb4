import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClusterTable } from "@/components/clusters/cluster-table";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { clusterListParams, listClusters, listProvinces } from "@/lib/clusters/queries";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clusters"))("title") };
}

export default async function ClustersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("clusters:read");
  const raw = await searchParams;
  const params = clusterListParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [{ rows, total, pages }, provinces] = await Promise.all([listClusters(params), listProvinces()]);
  const t = await getTranslations("clusters");
  const tc = await getTranslations("common");
  const ts = await getTranslations("stages");
  const tr = await getTranslations("registry");

  const hrefFor = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, page })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/clusters?${q}`;
  };
  const control = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

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
        <p role="status" className="mb-4 rounded bg-emerald-50 p-2 text-sm text-emerald-900">{tr("flashArchived")}</p>
      ) : null}
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tc("search")}</span>
          <input name="q" defaultValue={params.q ?? ""} placeholder={t("searchPlaceholder")} className={`${control} w-72`} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tc("province")}</span>
          <select name="province" defaultValue={params.province ?? ""} className={control}>
            <option value="">{tc("all")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>{p.name}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tr("commodityFilter")}</span>
          <input name="commodity" defaultValue={params.commodity ?? ""} className={`${control} w-40`} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("stage")}</span>
          <select name="stage" defaultValue={params.stage ?? ""} className={control}>
            <option value="">{tc("all")}</option>
            {STAGE_FILTERS.map((s) => (
              <option key={s} value={s}>{ts(s)}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tc("sortBy")}</span>
          <select name="sort" defaultValue={params.sort} className={control}>
            <option value="name">{t("name")}</option>
            <option value="province">{tc("province")}</option>
            <option value="workers">{t("workers")}</option>
          </select>
        </label>
        <Button type="submit">{tc("filter")}</Button>
      </form>
      <ClusterTable rows={rows} />
      <Pagination
        page={params.page}
        pages={pages}
        hrefFor={hrefFor}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: params.page, pages }), nav: tc("pageOf", { page: params.page, pages }) }}
      />
    </>
  );
}
