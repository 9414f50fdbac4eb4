import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { InstitutionForm } from "@/components/financing/institution-forms";
import { InstitutionTable } from "@/components/financing/institution-table";
import { Card } from "@/components/ui/card";
import { EmptyList } from "@/components/ui/data-table";
import { FilterForm, FilterSelect, ListPagination, ProvinceFilter, SearchFilter, sortableColumns } from "@/components/ui/list-controls";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import { getInstitutionFormOptions, institutionListParams, listInstitutions } from "@/lib/financing/institution-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { firstValues, listHref, type RawSearchParams } from "@/lib/http/search-params";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("support.financing"))("institutionsTitle") };
}

export default async function InstitutionsPage({ searchParams }: Props) {
  const user = await requirePageUser("financing:read");
  const params = institutionListParams.parse(firstValues(await searchParams));
  const [{ rows, total, pages }, options] = await Promise.all([listInstitutions(user, params), getInstitutionFormOptions(user)]);
  const sortFor = await sortableColumns(params, (sort, dir) => listHref("/financing/institutions", params, { sort, dir, page: 1 }));
  const filtered = Boolean(params.q || params.type || params.province);
  const t = await getTranslations("support.financing");
  const tc = await getTranslations("support.channels");
  const tCommon = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
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
      <FilterForm keep={{ sort: params.sort, dir: params.dir }}>
        <SearchFilter value={params.q} placeholder={t("institution.searchPlaceholder")} />
        <FilterSelect
          name="type"
          label={t("form.type")}
          value={params.type}
          allLabel={tCommon("all")}
          options={FINANCING_CHANNELS.map((c) => ({ value: c, label: tc(c) }))}
        />
        <ProvinceFilter provinces={options.provinces} value={params.province} />
      </FilterForm>
      <Card title={t("institution.count", { count: total })}>
        <InstitutionTable
          rows={rows}
          locale={locale}
          showType
          sortFor={sortFor}
          empty={
            filtered ? (
              <EmptyList message={t("institution.noMatch")} clear={{ href: "/financing/institutions", label: tCommon("clearFilters") }} />
            ) : (
              tCommon("noData")
            )
          }
        />
        <ListPagination page={params.page} pages={pages} hrefFor={(page) => listHref("/financing/institutions", params, { page })} />
      </Card>
      {can(user.role, "financing:manage") ? (
        <Card title={t("form.newInstitution")} className="mt-4">
          <InstitutionForm provinces={options.provinces} clusters={options.clusters} />
        </Card>
      ) : null}
    </>
  );
}
