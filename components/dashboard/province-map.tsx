import Link from "next/link";
import { measureValue, type Translate } from "@/lib/dashboard/charts";
import { MAP_NO_DATA, MAP_SCALE } from "@/lib/dashboard/colors";
import { dashboardSearch, drillHref, MAP_MEASURES, type DashboardParams } from "@/lib/dashboard/filters";
import { GRID_COLS, GRID_ROWS, PROVINCE_TILES } from "@/lib/dashboard/province-grid";
import type { StageSlice } from "@/lib/dashboard/stages";
import type { AppLocale } from "@/lib/i18n/config";
import { formatCell } from "@/lib/dashboard/tables";

const SIZE = 52;
const GAP = 4;

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

/** Indonesia's 38 provinces as a tile grid, coloured by the chosen measure; each tile links to its clusters. */
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
  const values = PROVINCE_TILES.map((tile) => {
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
  const width = GRID_COLS * SIZE;
  const height = GRID_ROWS * SIZE;
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
      {/* Below 1024 px (a tablet) the tiles would be ~40 px with unreadable text and their
          values only on hover: the same provinces as a list of tappable rows, value shown. */}
      <ul
        className="mb-2 grid gap-1 sm:grid-cols-2 md:grid-cols-3 lg:hidden"
        aria-label={t("map.listTitle", { measure: t(`measures.${measure}`) })}
        data-testid="map-list"
      >
        {[...values]
          .sort((a, b) => (a.slice?.label ?? a.tile.code).localeCompare(b.slice?.label ?? b.tile.code, locale))
          .map(({ tile, slice, value }) => {
            const hasData = value !== null && slice !== undefined && slice.total > 0;
            return (
              <li key={tile.code}>
                <Link
                  href={drillHref(params, { province: tile.code })}
                  prefetch={false}
                  aria-current={params.province === tile.code ? "true" : undefined}
                  className="flex min-h-11 w-full items-center gap-2 rounded border border-slate-200 px-2 text-sm hover:bg-slate-50 aria-[current=true]:border-slate-900"
                >
                  <span
                    aria-hidden="true"
                    className="inline-block h-4 w-4 shrink-0 rounded-sm border border-slate-300"
                    style={{ backgroundColor: hasData ? MAP_SCALE[classOf(value, bounds)] : MAP_NO_DATA }}
                  />
                  <span className="flex-1 text-slate-900">{slice?.label ?? tile.code}</span>
                  <span className="tabular-nums font-medium">{hasData ? fmt(value) : "–"}</span>
                </Link>
              </li>
            );
          })}
      </ul>
      {/* Repeated per tile, so kept short: the texts' size, anchor and colour come from their
          ancestors, the outline on hover and focus from .map-tile (app/globals.css). */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="hidden h-auto w-full lg:block"
        aria-labelledby="province-map-title"
        fontSize={9}
        textAnchor="middle"
      >
        <title id="province-map-title">{t("map.svgTitle", { measure: t(`measures.${measure}`) })}</title>
        {values.map(({ tile, slice, value }) => {
          const hasData = value !== null && slice !== undefined && slice.total > 0;
          const cls = hasData ? classOf(value, bounds) : -1;
          const fill = hasData ? MAP_SCALE[cls]! : MAP_NO_DATA;
          const dark = cls >= 3;
          const name = slice?.label ?? tile.code;
          const label = hasData
            ? t("map.tileLabel", { province: name, value: fmt(value), clusters: formatCell(slice.total, "int", locale) })
            : t("map.tileNoData", { province: name });
          const x = tile.col * SIZE + SIZE / 2;
          const y = tile.row * SIZE + SIZE / 2;
          return (
            // The link's name is its <title> (no aria-label: the abbreviation drawn in
            // the tile must not contradict the name; the drawn text is hidden from AT).
            <Link
              key={tile.code}
              href={drillHref(params, { province: tile.code })}
              // 38 tiles: no prefetch of 38 cluster lists on every dashboard view.
              prefetch={false}
              className={params.province === tile.code ? "map-tile is-selected" : "map-tile"}
            >
              <title>{label}</title>
              <rect x={x - SIZE / 2 + GAP / 2} y={y - SIZE / 2 + GAP / 2} width={SIZE - GAP} height={SIZE - GAP} rx={4} fill={fill} />
              <g aria-hidden="true" fill={dark ? "#ffffff" : "#0f172a"}>
                <text x={x} y={y - 3} fontWeight={600}>
                  {tile.abbr}
                </text>
                <text x={x} y={y + 10}>
                  {hasData ? fmt(value) : "–"}
                </text>
              </g>
            </Link>
          );
        })}
      </svg>
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
