import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClusterForm } from "@/components/registry/cluster-form";
import { ArchiveForm } from "@/components/ui/archive-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { archiveClusterAction } from "@/lib/clusters/actions";
import { getClusterFormData } from "@/lib/clusters/form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry"))("editCluster") };
}

export default async function EditClusterPage({ params }: { params: Promise<{ clusterId: string }> }) {
  await requirePageUser("clusters:write");
  const { provinces, providers, initial, areaLabels } = await getClusterFormData((await params).clusterId);
  if (!initial?.id) notFound();
  const t = await getTranslations("registry");
  return (
    <>
      <PageHeader title={`${t("editCluster")}: ${initial.name}`} />
      <Card>
        <ClusterForm initial={initial} areaLabels={areaLabels} provinces={provinces} providers={providers} />
      </Card>
      <Card title={t("archiveTitle")} className="mt-6">
        <p className="mb-3 text-sm text-slate-600">{t("archiveExplain")}</p>
        <ArchiveForm
          id={initial.id}
          version={initial.version ?? ""}
          action={archiveClusterAction}
          label={t("archive")}
          confirm={{ title: t("archiveConfirm"), body: t("archiveExplain") }}
        />
      </Card>
    </>
  );
}
