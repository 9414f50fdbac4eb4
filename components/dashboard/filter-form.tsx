import Link from "next/link";
import { AreaFilter } from "@/components/dashboard/area-filter";
import { Button } from "@/components/ui/button";
import type { DashCtx } from "@/components/dashboard/context";
import type { FilterOptions } from "@/lib/dashboard/options";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";

/** The dashboard filters as a plain GET form: they live in the URL and work without JavaScript. */
export function FilterForm({ options, ctx }: { options: FilterOptions; ctx: DashCtx }) {
  const { t, tCommon: tc, stage: ts, params } = ctx;
  const control = "min-h-11 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm lg:min-h-0";
  const label = "flex flex-col gap-1 text-sm";
  return (
    <form
      method="get"
      action={ctx.path}
      role="search"
      aria-label={t("filters.label")}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <AreaFilter
        provinces={options.provinces}
        regencies={options.regencies}
        province={params.province}
        regency={params.regency}
        control={control}
        label={label}
        texts={{
          province: tc("province"),
          allProvinces: t("filters.allProvinces"),
          regency: tc("regency"),
          all: tc("all"),
          regencyHint: t("filters.regencyHint"),
        }}
      />
      <div className={label}>
        <label htmlFor="dash-commodity" className="font-medium">
          {t("filters.commodity")}
        </label>
        <select id="dash-commodity" name="commodity" defaultValue={params.commodity ?? ""} className={`${control} max-w-48`}>
          <option value="">{tc("all")}</option>
          {params.commodity && !options.commodities.includes(params.commodity) ? (
            <option value={params.commodity}>{params.commodity}</option>
          ) : null}
          {options.commodities.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="dash-stage" className="font-medium">
          {t("filters.stage")}
        </label>
        <select id="dash-stage" name="stage" defaultValue={params.stage ?? ""} className={control}>
          <option value="">{tc("all")}</option>
          {STAGE_FILTERS.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="dash-year" className="font-medium">
          {t("filters.year")}
        </label>
        <select id="dash-year" name="year" defaultValue={params.year ? String(params.year) : ""} className={control}>
          <option value="">{t("filters.allYears")}</option>
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="dash-instrument" className="font-medium">
          {t("filters.instrument")}
        </label>
        <select id="dash-instrument" name="instrument" defaultValue={params.instrument ?? ""} className={control}>
          <option value="">{tc("all")}</option>
          {options.instruments.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      {params.measure !== "matureShare" ? <input type="hidden" name="measure" value={params.measure} /> : null}
      <Button type="submit">{t("filters.apply")}</Button>
      <Link href={ctx.path} className="inline-flex min-h-11 items-center px-2 py-1.5 text-sm text-emerald-800 underline lg:min-h-0">
        {tc("reset")}
      </Link>
    </form>
  );
}
