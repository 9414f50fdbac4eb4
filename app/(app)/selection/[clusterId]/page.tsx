import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DesignationForm, JudgementForm } from "@/components/selection/selection-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { getSelectionDetail } from "@/lib/selection/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("selection"))("title") };
}

export default async function SelectionDetailPage({ params }: { params: Promise<{ clusterId: string }> }) {
  const user = await requirePageUser("selection:read");
  const cluster = await getSelectionDetail((await params).clusterId);
  if (!cluster) notFound();
  const t = await getTranslations("selection");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader
        title={cluster.name}
        description={`${cluster.commodity} · ${cluster.province.name} · ${cluster.isDesignated ? t("designated") : t("candidate")}`}
        actions={
          <Link href={`/clusters/${cluster.id}`} className="text-sm text-emerald-800 underline">
            {t("openCluster")}
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("judgementTitle")}>
          <p className="mb-3 text-sm text-slate-600">{t("judgementIntro")}</p>
          {can(user.role, "selection:judge") ? <JudgementForm cluster={cluster} /> : null}
        </Card>
        <Card title={t("decisionTitle")}>
          {can(user.role, "selection:decide") ? <DesignationForm cluster={cluster} /> : null}
          <h3 className="mb-2 mt-4 text-sm font-semibold">{t("history")}</h3>
          {cluster.designations.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noDecisions")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {cluster.designations.map((d) => (
                <li key={d.id} className="rounded border border-slate-200 p-2">
                  <div className="font-medium">
                    {d.isDesignated ? t("designatedBy", { name: d.decidedBy.name }) : t("undesignatedBy", { name: d.decidedBy.name })}
                  </div>
                  <div className="text-xs text-slate-500">{formatDateTime(d.createdAt, locale)}</div>
                  <p className="mt-1">{d.reason}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
