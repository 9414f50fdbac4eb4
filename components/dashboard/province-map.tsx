import Link from "next/link";
import { MapTiles, type MapTile } from "@/components/dashboard/map-tiles";
import { measureValue, type Translate } from "@/lib/dashboard/charts";
import { MAP_NO_DATA, MAP_SCALE } from "@/lib/dashboard/colors";
import { dashboardSearch, drillHref, MAP_MEASURES, type DashboardParams } from "@/lib/dashboard/filters";
import { GRID_COLS, PROVINCE_TILES } from "@/lib/dashboard/province-grid";
import type { StageSlice } from "@/lib/dashboard/stages";
import type { AppLocale } from "@/lib/i18n/config";
import { formatCell } from "@/lib/dashboard/tables";

/**
 * Five classes in equal steps from zero up to the largest value, rounded up (to the
 * next 10 points for shares, the next multiple of five for counts), so provinces stay
 * distinguishable whatever the range of the data.
 */
function mapClasses(isShare: boolean, max: number): number[] {
  if (isShare) {
    const top = Math.min(1, Math.max(0.1, Math.ceil(max * 10) / 10));
    return [1, 2, 3, 4].map((k) => Math.round((top * k * 1000) / 5) / 1000);
  }
  const top = Math.max(5, Math.ceil(max / 5) * 5);
  return [1, 2, 3, 4].map((k) => Math.round((top * k) / 5));
}

function classOf(value: number, bounds: number[]): number {
  const i = bounds.findIndex((b) => value < b);
  return i === -1 ? bounds.length : i;
}

type ProvinceValue = { tile: (typeof PROVINCE_TILES)[number]; slice: StageSlice | undefined; value: number | null };

/** The map's tiles, formatted, in the order of the provinces' names (the list's reading order). */
function provinceTiles(
  values: ProvinceValue[],
  bounds: number[],
  fmt: (v: number) => string,
  params: DashboardParams,
  locale: AppLocale,
  t: Translate,
): MapTile[] {
  const collator = new Intl.Collator(locale);
  return values
    .map(({ tile, slice, value }) => {
      const hasData = value !== null && slice !== undefined && slice.total > 0;
      const cls = hasData ? classOf(value, bounds) : -1;
      const name = slice?.label ?? tile.code;
      return {
        code: tile.code,
        abbr: tile.abbr,
        name,
        value: hasData ? fmt(value) : null,
        title: hasData
          ? t("map.tileTitle", { province: name, clusters: formatCell(slice.total, "int", locale) })
          : t("map.tileNoData", { province: name }),
        href: drillHref(params, { province: tile.code }),
        fill: hasData ? MAP_SCALE[cls]! : MAP_NO_DATA,
        dark: cls >= 3,
        col: tile.col + 1,
        row: tile.row + 1,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Indonesia's 38 provinces as a tile grid (a list below 1024 px), coloured by the chosen measure; each tile links to its clusters. */
export function ProvinceMap({
  slices,
  params,
  locale,
  t,
}: {
  slices: StageSlice[];
  params: DashboardParams;
  locale: AppLocale;
  t: Translate;
}) {
  const measure = params.measure;
  const isShare = measure !== "clusters";
  const byCode = new Map(slices.map((s) => [s.key, s]));
  const values: ProvinceValue[] = PROVINCE_TILES.map((tile) => {
    const slice = byCode.get(tile.code);
    return { tile, slice, value: slice ? measureValue(measure, slice) : null };
  });
  const max = Math.max(0, ...values.map((v) => v.value ?? 0));
  const bounds = mapClasses(isShare, max);
  const fmt = (v: number) => formatCell(v, isShare ? "share" : "int", locale);
  const legend = MAP_SCALE.map((color, i) => {
    const lo = i === 0 ? 0 : bounds[i - 1]!;
    const hi = i < bounds.length ? bounds[i]! : isShare ? Math.min(1, (bounds[3]! * 5) / 4) : null;
    const text = hi === null ? `≥ ${fmt(lo)}` : isShare ? `${fmt(lo)}–${fmt(hi)}` : `${fmt(lo)}–${fmt(Math.max(lo, hi - 1))}`;
    return { color, text };
  });
  const tiles = provinceTiles(values, bounds, fmt, params, locale, t);
  return (
    <div>
      <nav aria-label={t("map.measureNav")} className="mb-3 flex flex-wrap gap-1 text-xs">
        {MAP_MEASURES.map((m) => (
          <Link
            key={m}
            href={`/dashboard?${dashboardSearch(params, { measure: m })}#map`}
            prefetch={false}
            aria-current={m === measure ? "true" : undefined}
            className={`rounded-full border px-2 py-1 ${m === measure ? "border-emerald-700 bg-emerald-700 text-white" : "border-slate-300 text-slate-700 hover:bg-slate-100"}`}
          >
            {t(`measures.${m}`)}
          </Link>
        ))}
      </nav>
      <MapTiles
        tiles={tiles}
        cols={GRID_COLS}
        selected={params.province}
        label={t("map.listTitle", { measure: t(`measures.${measure}`) })}
        noData={t("map.noData")}
      />
      <ul className="mt-2 flex flex-wrap items-center gap-3 text-xs text-slate-700" aria-label={t("map.legend")}>
        {legend.map((l) => (
          <li key={l.color} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-5 rounded-sm border border-slate-300"
              style={{ backgroundColor: l.color }}
            />
            {l.text}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-5 rounded-sm border border-slate-300"
            style={{ backgroundColor: MAP_NO_DATA }}
          />
          {t("map.noData")}
        </li>
      </ul>
    </div>
  );
}
