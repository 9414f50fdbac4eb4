import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/session";
import { listProvinces } from "@/lib/clusters/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";
import { listSmes, smeListParams } from "@/lib/smes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("smes"))("title") };
}

export default async function SmesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("smes:read");
  const raw = await searchParams;
  const params = smeListParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [{ rows, total, pages }, provinces] = await Promise.all([listSmes(params), listProvinces()]);
  const t = await getTranslations("smes");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const hrefFor = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, page })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/smes?${q}`;
  };
  const control = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <>
      <PageHeader title={t("title")} description={tc("resultCount", { count: total })} />
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
          <span className="font-medium">{t("fields.ownerGender")}</span>
          <select name="gender" defaultValue={params.gender ?? ""} className={control}>
            <option value="">{tc("all")}</option>
            <option value="FEMALE">{t("gender.FEMALE")}</option>
            <option value="MALE">{t("gender.MALE")}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{tc("sortBy")}</span>
          <select name="sort" defaultValue={params.sort} className={control}>
            <option value="name">{t("fields.businessName")}</option>
            <option value="workers">{t("fields.workerCount")}</option>
            <option value="turnover">{t("fields.annualTurnover")}</option>
          </select>
        </label>
        {params.cluster ? <input type="hidden" name="cluster" value={params.cluster} /> : null}
        <Button type="submit">{tc("filter")}</Button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600">{tc("noData")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">{t("fields.businessName")}</th>
                <th scope="col" className="px-3 py-2">{t("fields.ownerName")}</th>
                <th scope="col" className="px-3 py-2">{t("cluster")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("fields.workerCount")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("fields.annualTurnover")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((s) => (
                <tr key={s.id}>
                  <td className="px-3 py-2">
                    <Link href={`/smes/${s.id}`} className="font-medium text-emerald-800 hover:underline">{s.businessName}</Link>
                  </td>
                  <td className="px-3 py-2">{s.ownerName}</td>
                  <td className="px-3 py-2">
                    <Link href={`/clusters/${s.cluster.id}`} className="hover:underline">{s.cluster.name}</Link>
                    <span className="text-slate-500"> · {s.cluster.province.name}</span>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(s.workerCount, locale)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{s.annualTurnover != null ? formatRupiah(s.annualTurnover, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={params.page}
        pages={pages}
        hrefFor={hrefFor}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: params.page, pages }), nav: tc("pageOf", { page: params.page, pages }) }}
      />
    </>
  );
}
