import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { InstitutionForm } from "@/components/financing/institution-forms";
import { InstitutionTable } from "@/components/financing/institution-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import { getInstitutionFormOptions, institutionListParams, listInstitutions } from "@/lib/financing/institution-queries";
import type { AppLocale } from "@/lib/i18n/config";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support.financing"))("institutionsTitle") };
}

export default async function InstitutionsPage({ searchParams }: Props) {
  const user = await requirePageUser("financing:read");
  const params = institutionListParams.parse(await searchParams);
  const [rows, options] = await Promise.all([listInstitutions(user, params), getInstitutionFormOptions(user)]);
  const t = await getTranslations("support.financing");
  const tc = await getTranslations("support.channels");
  const tCommon = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <>
      <PageHeader
        title={t("institutionsTitle")}
        actions={
          <Link href="/financing" className="text-sm text-emerald-800 hover:underline">
            {t("backToFinancing")}
          </Link>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={tCommon("filter")}>
        <label className="flex flex-col text-sm">
          {t("form.type")}
          <select name="type" defaultValue={params.type ?? ""} className={control}>
            <option value="">{tCommon("all")}</option>
            {FINANCING_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {tc(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t("form.province")}
          <select name="province" defaultValue={params.province ?? ""} className={control}>
            <option value="">{tCommon("all")}</option>
            {options.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
          {tCommon("filter")}
        </button>
      </form>
      <Card title={t("institution.count", { count: rows.length })}>
        <InstitutionTable rows={rows} locale={locale} showType empty={tCommon("noData")} />
      </Card>
      {can(user.role, "financing:manage") ? (
        <Card title={t("form.newInstitution")} className="mt-4">
          <InstitutionForm provinces={options.provinces} clusters={options.clusters} />
        </Card>
      ) : null}
    </>
  );
}
