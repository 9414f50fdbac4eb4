import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SmeForm } from "@/components/smes/sme-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getSmeFormValues } from "@/lib/smes/form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("smes"))("edit") };
}

export default async function EditSmePage({ params }: { params: Promise<{ smeId: string }> }) {
  await requirePageUser("smes:write");
  const initial = await getSmeFormValues((await params).smeId);
  if (!initial) notFound();
  const t = await getTranslations("smes");
  return (
    <>
      <PageHeader title={`${t("edit")}: ${initial.businessName}`} />
      <Card>
        <SmeForm initial={initial} />
      </Card>
    </>
  );
}
