import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/registry/export-links";
import { PageHeader } from "@/components/ui/page-header";
import { CELL, DataTable, EmptyList } from "@/components/ui/data-table";
import { FilterForm, FilterSelect, ListPagination, ProvinceFilter, SearchFilter, sortableColumns } from "@/components/ui/list-controls";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listProvinces } from "@/lib/clusters/queries";
import { firstValues, listHref, type RawSearchParams } from "@/lib/http/search-params";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";
import { listSmes, smeListParams } from "@/lib/smes/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("smes"))("title") };
}

export default async function SmesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser("smes:read");
  const raw = await searchParams;
  const params = smeListParams.parse(firstValues(raw));
  const [{ rows, total, isCapped, pages }, provinces] = await Promise.all([listSmes(params), listProvinces()]);
  const t = await getTranslations("smes");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const sortFor = await sortableColumns(params, (sort, dir) => listHref("/smes", params, { sort, dir, page: 1 }));
  const filtered = Boolean(params.q || params.province || params.gender || params.cluster);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={isCapped ? tc("resultCountAtLeast", { count: total }) : tc("resultCount", { count: total })}
      />
      <FilterForm keep={{ sort: params.sort, dir: params.dir, cluster: params.cluster }}>
        <SearchFilter value={params.q} placeholder={t("searchPlaceholder")} />
        <ProvinceFilter provinces={provinces} value={params.province} />
        <FilterSelect
          name="gender"
          label={t("fields.ownerGender")}
          value={params.gender}
          allLabel={tc("all")}
          options={[
            { value: "FEMALE", label: t("gender.FEMALE") },
            { value: "MALE", label: t("gender.MALE") },
          ]}
        />
      </FilterForm>
      {can(user.role, "exports:run") ? (
        <div className="mb-4">
          <ExportLinks kind="smes" params={params} />
        </div>
      ) : null}
      {rows.length === 0 ? (
        filtered ? (
          <EmptyList message={t("noMatchList")} clear={{ href: "/smes", label: tc("clearFilters") }} />
        ) : (
          <EmptyList message={tc("noData")} />
        )
      ) : (
        <DataTable
          variant="list"
          rows={rows}
          framed
          columns={[
            { label: t("fields.businessName"), sort: sortFor("name") },
            { label: t("fields.ownerName") },
            { label: t("cluster") },
            { label: t("fields.workerCount"), numeric: true, sort: sortFor("workers") },
            { label: t("fields.annualTurnover"), numeric: true, sort: sortFor("turnover") },
          ]}
        >
          {(s) => (
            <tr key={s.id}>
              <td className={CELL.list}>
                <Link href={`/smes/${s.id}`} className="font-medium text-emerald-800 hover:underline">
                  {s.businessName}
                </Link>
              </td>
              <td className={CELL.list}>{s.ownerName}</td>
              <td className={CELL.list}>
                <Link href={`/clusters/${s.cluster.id}`} className="hover:underline">
                  {s.cluster.name}
                </Link>
                <span className="text-slate-500"> · {s.cluster.province.name}</span>
              </td>
              <td className={`${CELL.list} text-right tabular-nums`}>{formatNumber(s.workerCount, locale)}</td>
              <td className={`${CELL.list} text-right tabular-nums`}>
                {s.annualTurnover != null ? formatRupiah(s.annualTurnover, locale) : "—"}
              </td>
            </tr>
          )}
        </DataTable>
      )}
      <ListPagination page={params.page} pages={pages} hrefFor={(page) => listHref("/smes", params, { page })} />
    </>
  );
}
