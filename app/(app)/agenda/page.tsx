import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StageFilter } from "@/components/clusters/stage-filter";
import { ProgrammeSummary } from "@/components/monitoring/programme-summary";
import { ExportLinks } from "@/components/registry/export-links";
import { CELL, DataTable } from "@/components/ui/data-table";
import { FilterForm, FilterSelect, FilterText, ListPagination, ProvinceFilter } from "@/components/ui/list-controls";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listProvinces } from "@/lib/clusters/queries";
import { STAGES } from "@/lib/diagnosis/engine/codes";
import { firstValues, listHref, type RawSearchParams } from "@/lib/http/search-params";
import { listAgenda } from "@/lib/monitoring/queries";
import { agendaFilterSchema } from "@/lib/monitoring/schema";
import { AGENDA_STATUSES, type AgendaStatusCode } from "@/lib/monitoring/codes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring.agenda"))("title") };
}

const STATUS_CLASS: Record<AgendaStatusCode, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-amber-100 text-amber-900",
  DONE: "bg-emerald-100 text-emerald-900",
};

/** "Agenda Tahun Kedua": designated sentra with the three year-two agenda lines. */
export default async function AgendaPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePageUser("monitoring:read");
  const filter = agendaFilterSchema.parse(firstValues(await searchParams));
  const [{ rows, total, pages }, provinces] = await Promise.all([listAgenda(user, filter), listProvinces()]);
  const t = await getTranslations("monitoring.agenda");
  const tf = await getTranslations("monitoring.form");
  const tst = await getTranslations("monitoring.statuses");
  const tc = await getTranslations("common");
  const tstage = await getTranslations("stages");
  const badge = (status: AgendaStatusCode | null) =>
    status ? <span className={`rounded px-2 py-0.5 text-xs ${STATUS_CLASS[status]}`}>{tst(status)}</span> : "—";
  return (
    <>
      <PageHeader title={t("title")} description={`${t("intro")} ${tc("resultCount", { count: total })}`} />
      <FilterForm>
        <ProvinceFilter provinces={provinces} value={filter.province} />
        <FilterText name="commodity" label={t("commodity")} value={filter.commodity} />
        <StageFilter label={t("stage")} value={filter.stage} codes={STAGES} />
        <FilterSelect
          name="status"
          label={tf("status")}
          value={filter.status}
          allLabel={tc("all")}
          options={AGENDA_STATUSES.map((s) => ({ value: s, label: tst(s) }))}
        />
        <FilterSelect
          name="sort"
          label={tc("sortBy")}
          value={filter.sort}
          options={[
            { value: "name", label: t("sentra") },
            { value: "province", label: t("province") },
            { value: "commodity", label: t("commodity") },
          ]}
        />
      </FilterForm>
      {can(user.role, "exports:run") ? (
        <div className="mb-4">
          <ExportLinks kind="agenda" params={filter} />
          <div className="mt-2">
            <ExportLinks
              kind="outcomes"
              params={filter}
              texts={{ label: t("exportOutcomes.label"), csv: t("exportOutcomes.csv"), xlsx: t("exportOutcomes.xlsx") }}
            />
          </div>
        </div>
      ) : null}
      <DataTable
        variant="list"
        caption={t("title")}
        rows={rows}
        empty={t("empty")}
        columns={[
          { label: t("sentra") },
          { label: t("province") },
          { label: t("commodity") },
          { label: t("bdsLine") },
          { label: tf("savingsLine") },
          { label: tf("organisationLine") },
        ]}
      >
        {(r) => (
          <tr key={r.id}>
            <th scope="row" className={`${CELL.list} text-left font-normal`}>
              <Link href={`/clusters/${r.id}`} className="text-emerald-800 hover:underline">
                {r.name}
              </Link>
            </th>
            <td className={CELL.list}>{r.province}</td>
            <td className={CELL.list}>
              {r.commodity}
              {r.stage ? <span className="ml-1 text-xs text-slate-600">({tstage(r.stage)})</span> : null}
            </td>
            <td className={CELL.list}>
              {badge(r.bds.status)} <span className="text-xs text-slate-600">{r.bds.provider ?? t("noProvider")}</span>
            </td>
            <td className={CELL.list}>
              {badge(r.savings.status)}{" "}
              <span className="text-xs text-slate-600">
                {[
                  r.savings.institution,
                  r.savings.status === "NOT_STARTED" ? null : r.savings.isInsideArea ? t("insideArea") : t("outsideArea"),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </td>
            <td className={CELL.list}>
              {badge(r.organisation.status)}{" "}
              <span className="text-xs text-slate-600">
                {[r.organisation.name, r.organisation.status === "NOT_STARTED" ? null : t("memberCount", { count: r.organisation.members })]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </td>
          </tr>
        )}
      </DataTable>
      <ListPagination page={filter.page} pages={pages} hrefFor={(page) => listHref("/agenda", filter, { page })} />
      <ProgrammeSummary user={user} />
    </>
  );
}
