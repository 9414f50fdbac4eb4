import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/diagnosis/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diagnosis.reviews"))("title") };
}

type Props = { searchParams: Promise<{ done?: string }> };

export default async function ReviewsPage({ searchParams }: Props) {
  await requirePageUser("diagnosis:review");
  const { waiting, clusters } = await listReviewQueue();
  const t = await getTranslations("diagnosis.reviews");
  const locale = (await getLocale()) as AppLocale;
  const done = (await searchParams).done;
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {done === "returned" ? (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {t("returned")}
        </p>
      ) : null}
      <Card title={t("waiting")}>
        {waiting.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-4">{t("cluster")}</th>
                  <th scope="col" className="py-1 pr-4">{t("submitted")}</th>
                  <th scope="col" className="py-1 pr-4">{t("assessor")}</th>
                  <th scope="col" className="py-1 pr-4">{t("currentStage")}</th>
                  <th scope="col" className="py-1 pr-4">{t("second")}</th>
                  <th scope="col" className="py-1"><span className="sr-only">{t("review")}</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {waiting.map((d) => (
                  <tr key={d.id}>
                    <td className="py-2 pr-4">
                      <span className="font-medium">{d.cluster.name}</span>
                      <span className="block text-xs text-slate-500">{d.cluster.province.name}</span>
                    </td>
                    <td className="py-2 pr-4">
                      {d.submittedAt ? formatDateTime(d.submittedAt, locale) : "—"}
                      {d.returnedAt ? <span className="block text-xs text-slate-500">{t("resubmitted")}</span> : null}
                    </td>
                    <td className="py-2 pr-4">{d.assessor.name}</td>
                    <td className="py-2 pr-4">
                      <StageBadge stage={d.cluster.currentStage} />
                    </td>
                    <td className="py-2 pr-4 tabular-nums">{formatNumber(d._count.secondScorings, locale)}</td>
                    <td className="py-2">
                      <Link href={`/diagnoses/${d.id}/review`} className="rounded-md bg-emerald-700 px-3 py-1.5 text-white hover:bg-emerald-800" aria-label={`${t("review")}: ${d.cluster.name}`}>
                        {t("review")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card title={t("clustersTitle")} className="mt-4">
        {clusters.length === 0 ? (
          <p className="text-sm text-slate-600">—</p>
        ) : (
          <table className="min-w-full text-sm">
            <thead className="text-left text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-4">{t("cluster")}</th>
                <th scope="col" className="py-1 pr-4">{t("currentStage")}</th>
                <th scope="col" className="py-1 pr-4">{t("lastDecided")}</th>
                <th scope="col" className="py-1 text-right">{t("openCount")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {clusters.map((c) => (
                <tr key={c.id}>
                  <td className="py-2 pr-4">
                    <Link href={`/clusters/${c.id}`} className="text-emerald-800 underline">
                      {c.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <StageBadge stage={c.currentStage} />
                  </td>
                  <td className="py-2 pr-4">{c.stageHistory[0] ? formatDate(c.stageHistory[0].decidedAt, locale) : "—"}</td>
                  <td className="py-2 text-right tabular-nums">{formatNumber(c._count.diagnoses, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
