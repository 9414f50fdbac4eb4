import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProviderForm } from "@/components/providers/provider-form";
import { Card } from "@/components/ui/card";
import { DataTable, RowHeader } from "@/components/ui/data-table";
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
        <DataTable
          caption={t("title")}
          rows={providers}
          empty={tc("noData")}
          columns={[
            { label: t("form.name") },
            { label: t("form.province") },
            { label: t("form.accreditationStatus") },
            { label: t("form.networkName") },
            { label: t("list.services"), numeric: true },
            { label: t("list.consultants"), numeric: true },
            { label: t("list.deliveries"), numeric: true },
            { label: t("list.agreements") },
          ]}
        >
          {(p) => (
            <tr key={p.id}>
              <RowHeader href={`/providers/${p.id}`} label={p.name}>
                {p.legalForm ? <span className="ml-1 text-xs text-slate-500">({p.legalForm})</span> : null}
              </RowHeader>
              <td className="py-1 pr-3">{p.province.name}</td>
              <td className="py-1 pr-3">{ta(p.accreditationStatus)}</td>
              <td className="py-1 pr-3">{p.networkName ?? "—"}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{p.services.length} / 10</td>
              <td className="py-1 pr-3 text-right tabular-nums">{p._count.consultants}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{p._count.deliveries}</td>
              <td className="py-1">{p.agreements.map((a) => a.year).join(", ") || "—"}</td>
            </tr>
          )}
        </DataTable>
      </Card>
      {canManage ? (
        <Card title={t("form.newTitle")} className="mt-4">
          <ProviderForm provinces={provinces} />
        </Card>
      ) : null}
    </>
  );
}
