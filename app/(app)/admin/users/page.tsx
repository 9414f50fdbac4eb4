import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowForms } from "@/components/admin/user-row-forms";
import { Card } from "@/components/ui/card";
import { CELL, DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { listProviderOptions, listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

export default async function AdminUsersPage() {
  await requirePageUser("users:manage");
  const [users, providers] = await Promise.all([listUsers(), listProviderOptions()]);
  const t = await getTranslations("admin");
  const tr = await getTranslations("roles");
  const tc = await getTranslations("common");
  const tm = await getTranslations("mfa");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader title={t("usersTitle")} />
      <Card title={t("createUser")} className="mb-6">
        <CreateUserForm providers={providers} />
      </Card>
      <DataTable
        variant="list"
        rows={users}
        framed
        columns={[
          { label: t("name") },
          { label: t("role") },
          { label: tc("status") },
          { label: tm("adminColumn") },
          { label: t("lastLogin") },
          { label: tc("actions") },
        ]}
      >
        {(u) => (
          <tr key={u.id} className="align-top">
            <td className={CELL.list}>
              <div className="font-medium">{u.name}</div>
              <div className="text-slate-600">{u.email}</div>
              {u.bdsProvider ? <div className="text-xs text-slate-500">{u.bdsProvider.name}</div> : null}
            </td>
            <td className={CELL.list}>{tr(u.role)}</td>
            <td className={CELL.list}>{u.isActive ? tc("active") : tc("inactive")}</td>
            <td className={CELL.list}>{u.totpEnabledAt ? tm("enrolled") : tm("notEnrolled")}</td>
            <td className={CELL.list}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t("never")}</td>
            <td className={CELL.list}>
              <UserRowForms user={u} providers={providers} />
            </td>
          </tr>
        )}
      </DataTable>
    </>
  );
}
