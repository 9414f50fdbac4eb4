import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClusterTable } from "@/components/clusters/cluster-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { listMyCentres } from "@/lib/dashboard/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clusters"))("myTitle") };
}

export default async function MyCentresPage() {
  await requirePageUser("centres:review");
  const rows = await listMyCentres();
  const t = await getTranslations("clusters");
  return (
    <>
      <PageHeader title={t("myTitle")} description={t("myIntro")} />
      {rows.length === 0 ? <p className="text-slate-600">{t("noneAssigned")}</p> : <ClusterTable rows={rows} />}
    </>
  );
}
