import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClusterForm } from "@/components/registry/cluster-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getClusterFormData } from "@/lib/clusters/form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry"))("newCluster") };
}

export default async function NewClusterPage() {
  await requirePageUser("clusters:write");
  const { provinces, providers } = await getClusterFormData();
  const t = await getTranslations("registry");
  return (
    <>
      <PageHeader title={t("newCluster")} />
      <Card>
        <ClusterForm initial={{}} provinces={provinces} providers={providers} />
      </Card>
    </>
  );
}
