import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProviderForm } from "@/components/providers/provider-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listProvinceOptions, listProviders } from "@/lib/providers/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support.providers"))("title") };
}

export default async function ProvidersPage() {
  const user = await requirePageUser("providers:read");
  const providers = await listProviders(user);
  const t = await getTranslations("support.providers");
  const ta = await getTranslations("support.accreditation");
  const tc = await getTranslations("common");
  const canManage = can(user.role, "providers:manage");
  const provinces = canManage ? await listProvinceOptions(user) : [];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        {providers.length === 0 ? (
          <p className="text-sm text-slate-600">{tc("noData")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead className="text-left text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {t("form.name")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("form.province")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("form.accreditationStatus")}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t("form.networkName")}
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    {t("list.services")}
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    {t("list.consultants")}
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    {t("list.deliveries")}
                  </th>
                  <th scope="col" className="py-1">
                    {t("list.agreements")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {providers.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="py-1 pr-3 text-left font-normal">
                      <Link href={`/providers/${p.id}`} className="text-emerald-800 hover:underline">
                        {p.name}
                      </Link>
                      {p.legalForm ? <span className="ml-1 text-xs text-slate-500">({p.legalForm})</span> : null}
                    </th>
                    <td className="py-1 pr-3">{p.province.name}</td>
                    <td className="py-1 pr-3">{ta(p.accreditationStatus)}</td>
                    <td className="py-1 pr-3">{p.networkName ?? "—"}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{p.services.length} / 10</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{p._count.consultants}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{p._count.deliveries}</td>
                    <td className="py-1">{p.agreements.map((a) => a.year).join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {canManage ? (
        <Card title={t("form.newTitle")} className="mt-4">
          <ProviderForm provinces={provinces} />
        </Card>
      ) : null}
    </>
  );
}
