import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/financing/programme-forms";
import { Card } from "@/components/ui/card";
import { DataTable, RowHeader } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listProgrammes } from "@/lib/financing/programme-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah, formatRupiahCompact } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support.financing"))("title") };
}

export default async function FinancingPage() {
  const user = await requirePageUser("financing:read");
  const programmes = await listProgrammes(user);
  const t = await getTranslations("support.financing");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link
            href="/financing/institutions"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
          >
            {t("institutionsLink")}
          </Link>
        }
      />
      <Card title={t("programmes")}>
        <DataTable
          scroll={false}
          rows={programmes}
          empty={t("noProgrammes")}
          columns={[
            { label: t("form.programmeName") },
            { label: t("form.year"), numeric: true },
            { label: t("programme.budget"), numeric: true },
            { label: t("ledger.allocated"), numeric: true },
            { label: t("programme.channels"), numeric: true },
          ]}
        >
          {(p) => (
            <tr key={p.id}>
              <RowHeader href={`/financing/programmes/${p.id}`} label={p.name} />
              <td className="py-1 pr-3 text-right tabular-nums">{p.year}</td>
              <td className="py-1 pr-3 text-right tabular-nums" title={formatRupiah(p.budget, locale)}>
                {formatRupiahCompact(p.budget, locale)}
              </td>
              <td className="py-1 pr-3 text-right tabular-nums" title={formatRupiah(p.allocated, locale)}>
                {formatRupiahCompact(p.allocated, locale)}
              </td>
              <td className="py-1 text-right tabular-nums">{formatNumber(p.channels, locale)}</td>
            </tr>
          )}
        </DataTable>
      </Card>
      {can(user.role, "financing:manage") ? (
        <Card title={t("form.newProgramme")} className="mt-4">
          <ProgrammeForm />
        </Card>
      ) : null}
    </>
  );
}
