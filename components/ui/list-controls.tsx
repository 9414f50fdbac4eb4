import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { DataColumn } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

const CONTROL = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * A list's filter form: GET, so the filters live in the URL and work without JavaScript.
 * `keep` carries what no field shows across a new search: the order set by the column
 * headers, a dashboard drill-down; empty values are left out.
 */
export async function FilterForm({ keep = {}, children }: { keep?: Record<string, string | undefined>; children: ReactNode }) {
  const tc = await getTranslations("common");
  return (
    <form method="get" role="search" aria-label={tc("filter")} className="mb-4 flex flex-wrap items-end gap-3">
      {children}
      {Object.entries(keep).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <Button type="submit">{tc("filter")}</Button>
    </form>
  );
}

/** The free-text search of a list (`q`). */
export async function SearchFilter({ value, placeholder }: { value?: string; placeholder: string }) {
  const tc = await getTranslations("common");
  return <FilterText name="q" label={tc("search")} value={value} placeholder={placeholder} width="w-72" />;
}

/** The province filter (`province`, a province code) over the reference list of provinces. */
export async function ProvinceFilter({ provinces, value }: { provinces: Array<{ code: string; name: string }>; value?: string }) {
  const tc = await getTranslations("common");
  return (
    <FilterSelect
      name="province"
      label={tc("province")}
      value={value}
      allLabel={tc("all")}
      options={provinces.map((p) => ({ value: p.code, label: p.name }))}
    />
  );
}

/** A GET filter field: plain HTML, so filters work without JavaScript and live in the URL. */
export function FilterText({
  name,
  label,
  value,
  placeholder,
  width = "w-40",
}: {
  name: string;
  label: string;
  value?: string;
  placeholder?: string;
  width?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <input name={name} defaultValue={value ?? ""} placeholder={placeholder} className={`${CONTROL} ${width}`} />
    </label>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  options,
  allLabel,
}: {
  name: string;
  label: string;
  value?: string;
  options: Array<{ value: string; label: string }>;
  /** Adds an empty "all" choice first when given. */
  allLabel?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={CONTROL}>
        {allLabel ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export async function ListPagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const tc = await getTranslations("common");
  const pageOf = tc("pageOf", { page, pages });
  return (
    <Pagination page={page} pages={pages} hrefFor={hrefFor} labels={{ previous: tc("previous"), next: tc("next"), pageOf, nav: pageOf }} />
  );
}

type Direction = "asc" | "desc";

/**
 * The sort of each sortable column header: a link to the list sorted by that column, the
 * other way round when it is the current order (first click ascending), for `DataColumn.sort`.
 */
export async function sortableColumns<K extends string>(
  current: { sort: K; dir: Direction },
  hrefFor: (sort: K, dir: Direction) => string,
): Promise<(key: K) => NonNullable<DataColumn["sort"]>> {
  const tc = await getTranslations("common");
  return (key) => {
    const active = current.sort === key;
    const next: Direction = active && current.dir === "asc" ? "desc" : "asc";
    return {
      href: hrefFor(key, next),
      direction: active ? current.dir : null,
      hint: tc(next === "asc" ? "sortAscending" : "sortDescending"),
    };
  };
}
