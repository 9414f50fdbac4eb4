import type { Metadata } from "next";
import Link from "next/link";
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
  const waiting = rows.filter((r) => r.reviewId).length;
  return (
    <>
      <PageHeader title={t("myTitle")} description={t("myIntro")} />
      {waiting > 0 ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="reviews-waiting">
          {t("reviewWaitingCount", { count: waiting })}{" "}
          <Link href="/reviews" className="font-medium underline">
            {t("reviewWaitingLink")}
          </Link>
        </p>
      ) : null}
      {rows.length === 0 ? <p className="text-slate-600">{t("noneAssigned")}</p> : <ClusterTable rows={rows} />}
    </>
  );
}
