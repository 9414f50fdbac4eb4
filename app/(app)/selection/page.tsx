import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { SettingsForm } from "@/components/selection/selection-forms";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listProvinces } from "@/lib/clusters/queries";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { listRankedClusters, selectionParams } from "@/lib/selection/ranking";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selection"))("title") };
}

export default async function SelectionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser("selection:read");
  const raw = await searchParams;
  const params = selectionParams.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [{ rows, total, pages, settings }, provinces] = await Promise.all([listRankedClusters(params), listProvinces()]);
  const t = await getTranslations("selection");
  const tc = await getTranslations("common");
  const ts = await getTranslations("stages");
  const locale = (await getLocale()) as AppLocale;
  const control = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  const hrefFor = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, page })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/selection?${q}`;
  };
  const score = (n: number) => formatNumber(n, locale, 1);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <Card title={t("settings.title")} className="mb-4">
        <p className="mb-3 text-sm text-slate-600">
          {t("settings.summary", { market: settings.weightMarket, employment: settings.weightEmployment, local: settings.weightLocal, share: settings.judgementShare })}
        </p>
        {can(user.role, "selection:weights") ? <SettingsForm settings={settings} /> : null}
      </Card>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
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
          <span className="font-medium">{t("commodity")}</span>
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
          <span className="font-medium">{tc("status")}</span>
          <select name="status" defaultValue={params.status ?? ""} className={control}>
            <option value="">{tc("all")}</option>
            <option value="designated">{t("designated")}</option>
            <option value="candidate">{t("candidate")}</option>
          </select>
        </label>
        <Button type="submit">{tc("filter")}</Button>
      </form>
      <p className="mb-2 text-sm text-slate-600">{tc("resultCount", { count: total })}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-right">{t("rank")}</th>
              <th scope="col" className="px-3 py-2">{t("cluster")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("criteria.market")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("criteria.employment")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("criteria.local")}</th>
              <th scope="col" className="px-3 py-2 text-right">{t("total")}</th>
              <th scope="col" className="px-3 py-2">{t("stage")}</th>
              <th scope="col" className="px-3 py-2">{tc("status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="px-3 py-2 text-right tabular-nums">{r.rank}</td>
                <td className="px-3 py-2">
                  <Link href={`/selection/${r.id}`} className="font-medium text-emerald-800 hover:underline">{r.name}</Link>
                  <div className="text-xs text-slate-500">{r.commodity} · {r.provinceName}{r.hasJudgement ? ` · ${t("judged")}` : ""}</div>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{score(r.market)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{score(r.employment)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{score(r.local)}</td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{score(r.total)}</td>
                <td className="px-3 py-2"><StageBadge stage={r.currentStage} /></td>
                <td className="px-3 py-2">{r.isDesignated ? t("designated") : t("candidate")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={params.page}
        pages={pages}
        hrefFor={hrefFor}
        labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: params.page, pages }), nav: tc("pageOf", { page: params.page, pages }) }}
      />
    </>
  );
}
