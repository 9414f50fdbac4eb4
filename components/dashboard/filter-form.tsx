import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { DashCtx } from "@/components/dashboard/context";
import type { FilterOptions } from "@/lib/dashboard/options";
import { STAGE_FILTERS } from "@/lib/clusters/stage-filter";

/** The dashboard filters as a plain GET form: they live in the URL and work without JavaScript. */
export function FilterForm({ options, ctx }: { options: FilterOptions; ctx: DashCtx }) {
  const { t, tCommon: tc, stage: ts, params } = ctx;
  const control = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  const label = "flex flex-col gap-1 text-sm";
  return (
    <form
      method="get"
      action="/dashboard"
      role="search"
      aria-label={t("filters.label")}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className={label}>
        <label htmlFor="dash-province" className="font-medium">
          {tc("province")}
        </label>
        <select id="dash-province" name="province" defaultValue={params.province ?? ""} className={control}>
          <option value="">{t("filters.allProvinces")}</option>
          {options.provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className={label}>
        <label htmlFor="dash-regency" className="font-medium">
          {tc("regency")}
        </label>
        <select
          id="dash-regency"
          name="regency"
          defaultValue={params.regency ?? ""}
          className={control}
          disabled={options.regencies.length === 0}
          aria-describedby="regency-hint"
        >
          <option value="">{tc("all")}</option>
          {options.regencies.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <span id="regency-hint" className="sr-only">
          {t("filters.regencyHint")}
        </span>
      </div>
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
      <Link href="/dashboard" className="px-2 py-1.5 text-sm text-emerald-800 underline">
        {tc("reset")}
      </Link>
    </form>
  );
}
