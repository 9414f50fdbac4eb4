import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/clusters/stage-badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
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
        <DataTable
          rows={waiting}
          empty={t("none")}
          caption={t("waiting")}
          columns={[
            { label: t("cluster") },
            { label: t("submitted") },
            { label: t("assessor") },
            { label: t("currentStage") },
            { label: t("second") },
            { label: <span className="sr-only">{t("review")}</span> },
          ]}
        >
          {(d) => (
            <tr key={d.id}>
              <td className="py-2 pr-3">
                <span className="font-medium">{d.cluster.name}</span>
                <span className="block text-xs text-slate-500">{d.cluster.province.name}</span>
              </td>
              <td className="py-2 pr-3">
                {d.submittedAt ? formatDateTime(d.submittedAt, locale) : "—"}
                {d.returnedAt ? <span className="block text-xs text-slate-500">{t("resubmitted")}</span> : null}
              </td>
              <td className="py-2 pr-3">{d.assessor.name}</td>
              <td className="py-2 pr-3">
                <StageBadge stage={d.cluster.currentStage} />
              </td>
              <td className="py-2 pr-3 tabular-nums">{formatNumber(d._count.secondScorings, locale)}</td>
              <td className="py-2">
                <Link
                  href={`/diagnoses/${d.id}/review`}
                  className="rounded-md bg-emerald-700 px-3 py-1.5 text-white hover:bg-emerald-800"
                  aria-label={`${t("review")}: ${d.cluster.name}`}
                >
                  {t("review")}
                </Link>
              </td>
            </tr>
          )}
        </DataTable>
      </Card>
      <Card title={t("clustersTitle")} className="mt-4">
        <DataTable
          rows={clusters}
          empty="—"
          scroll={false}
          caption={t("clustersTitle")}
          columns={[
            { label: t("cluster") },
            { label: t("currentStage") },
            { label: t("lastDecided") },
            { label: t("openCount"), numeric: true },
          ]}
        >
          {(c) => (
            <tr key={c.id}>
              <td className="py-2 pr-3">
                <Link href={`/clusters/${c.id}`} className="text-emerald-800 underline">
                  {c.name}
                </Link>
              </td>
              <td className="py-2 pr-3">
                <StageBadge stage={c.currentStage} />
              </td>
              <td className="py-2 pr-3">{c.stageHistory[0] ? formatDate(c.stageHistory[0].decidedAt, locale) : "—"}</td>
              <td className="py-2 text-right tabular-nums">{formatNumber(c._count.diagnoses, locale)}</td>
            </tr>
          )}
        </DataTable>
      </Card>
    </>
  );
}
