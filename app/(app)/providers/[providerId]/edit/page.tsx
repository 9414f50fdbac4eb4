import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProviderForm } from "@/components/providers/provider-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { getProviderForEdit, listProvinceOptions } from "@/lib/providers/queries";
import { isoDate } from "@/lib/support/fields";

type Props = { params: Promise<{ providerId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support.providers.form"))("editTitle") };
}

export default async function EditProviderPage({ params }: Props) {
  const user = await requirePageUser("providers:manage");
  const provider = await getProviderForEdit(user, (await params).providerId);
  if (!provider) notFound();
  const provinces = await listProvinceOptions(user);
  const t = await getTranslations("support.providers");
  return (
    <>
      <PageHeader
        title={provider.name}
        description={t("form.editTitle")}
        actions={
          <Link href={`/providers/${provider.id}`} className="text-sm text-emerald-800 hover:underline">
            {t("backToProvider")}
          </Link>
        }
      />
      <Card>
        <ProviderForm
          key={provider.version}
          provinces={provinces}
          provider={{
            ...provider,
            accreditedOn: provider.accreditedOn ? isoDate(provider.accreditedOn) : null,
            accreditationExpiresOn: provider.accreditationExpiresOn ? isoDate(provider.accreditationExpiresOn) : null,
            networkMemberships: provider.networkMemberships.join("; "),
          }}
        />
      </Card>
    </>
  );
}
