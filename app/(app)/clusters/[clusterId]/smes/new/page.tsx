import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SmeForm } from "@/components/smes/sme-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getWritableClusterName } from "@/lib/smes/form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("smes"))("new") };
}

export default async function NewSmePage({ params }: { params: Promise<{ clusterId: string }> }) {
  await requirePageUser("smes:write");
  const { clusterId } = await params;
  const clusterName = await getWritableClusterName(clusterId);
  if (!clusterName) notFound();
  const t = await getTranslations("smes");
  return (
    <>
      <PageHeader title={t("new")} description={`${t("cluster")}: ${clusterName}`} />
      <Card>
        <SmeForm initial={{ clusterId, workerCount: "" }} />
      </Card>
    </>
  );
}
