import { describe, expect, it } from "vitest";
import { ChartCard } from "@/components/dashboard/chart-card";
import { describeFilters, type DashCtx } from "@/components/dashboard/context";
import { FilterForm } from "@/components/dashboard/filter-form";
import { LazyBarChart } from "@/components/dashboard/lazy-charts";
import { MapTileList, type MapTile } from "@/components/dashboard/map-tiles";
import { ProvinceMap } from "@/components/dashboard/province-map";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { renderToStaticMarkup as renderStaticMarkup } from "react-dom/server";

// The dashboard body's server-rendered HTML (components/dashboard/body.tsx): attributes,
// escaping, links, and the charts' placeholders until they come into view.
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}(${JSON.stringify(values)})` : key);
const params = parseDashboardParams({ province: "33", stage: "MATURE" });
const ctx: DashCtx = {
  t,
  tCommon: t,
  stage: (k) => `stage:${k}`,
  locale: "id",
  params,
  search: "province=33",
  asOf: "28/11/2026",
  filterLabel: "Jawa Tengah",
  path: "/dashboard/factors",
};

describe("the charts' filter label", () => {
  const options = { provinces: [{ code: "33", name: "Jawa Tengah" }], regencies: [{ code: "33.72", name: "Kota Surakarta" }] };
  const stage = (k: string) => `stage:${k}`;
  it("says national only without filters, and names each filter otherwise", () => {
    expect(describeFilters(parseDashboardParams({}), options, t, stage)).toBe("national");
    expect(describeFilters(parseDashboardParams({ province: "33" }), options, t, stage)).toBe("Jawa Tengah");
    expect(
      describeFilters(
        parseDashboardParams({ province: "33", regency: "33.72", commodity: "Batik", stage: "MATURE", year: "2024" }),
        options,
        t,
        stage,
      ),
    ).toBe("Kota Surakarta · Batik · stage:MATURE · 2024");
    expect(describeFilters(parseDashboardParams({ instrument: "2026.1" }), options, t, stage)).toBe(
      'filters.instrumentVersion({"version":"2026.1"})',
    );
  });
});

describe("dashboard body markup", () => {
  it("renders a chart card with a placeholder for its chart and a table view", () => {
    const series = [{ key: "n", name: "Sentra <matang>", color: "#047857" }];
    const html = renderStaticMarkup(
      <ChartCard
        id="stages"
        t={t}
        title="Sentra & tahap"
        unit="Jumlah"
        asOf="28/11/2026"
        search="province=33"
        isEmpty={false}
        summary="Ringkas"
      >
        <LazyBarChart data={[{ label: "A", n: 1 }]} series={series} orientation="horizontal" valueKind="int" locale="id" height={120} />
      </ChartCard>,
    );
    expect(html).toContain('<section aria-labelledby="chart-stages-title" class="flex min-w-0 flex-col');
    expect(html).toContain("Sentra &amp; tahap");
    // The chart mounts in the browser when it comes into view: on the server, its box.
    expect(html).toContain(
      '<div role="img" aria-label="Ringkas" style="height:280px" class="w-full"><div class="h-full w-full"><div class="h-full w-full animate-pulse',
    );
    expect(html).not.toContain("matang");
    expect(html).toContain('href="/api/dashboard/stages?province=33&amp;format=csv"');
  });

  it("shows 'no data' without a chart for an empty chart", () => {
    const html = renderStaticMarkup(<ChartCard id="movement" t={t} title="T" unit="U" asOf="x" search="" isEmpty summary="" />);
    expect(html).toContain("noData");
    expect(html).not.toContain('role="img"');
  });

  it("keeps the filter form's chosen values and the map's links", () => {
    const options = {
      provinces: [{ code: "33", name: "Jawa Tengah" }],
      regencies: [],
      commodities: ["Mebel"],
      years: [2026],
      instruments: [],
    };
    const form = renderStaticMarkup(<FilterForm options={options} ctx={ctx} />);
    expect(form).toContain('<option value="33" selected="">Jawa Tengah</option>');
    expect(form).toContain('<option value="MATURE" selected="">stage:MATURE</option>');
    // The form filters the section it is on, and its reset link stays there.
    expect(form).toContain('action="/dashboard/factors"');
    expect(form).toMatch(/<a [^>]*href="\/dashboard\/factors"/);
    const map = renderStaticMarkup(
      <ProvinceMap
        slices={[{ key: "33", label: "Jawa Tengah", total: 4, counts: { SURVIVAL: 1, ADVANCE: 1, MATURE: 2, NONE: 0 } }]}
        params={params}
        locale="id"
        t={t}
      />,
    );
    // The server render carries the tiles as data: the 38 links mount in the browser as the map comes into view.
    expect(map).not.toContain('href="/clusters?');
    expect(map).toContain("animate-pulse");
    expect(map).toContain('aria-current="true"'); // the chosen measure
    const tiles: MapTile[] = [
      {
        code: "11",
        abbr: "ACEH",
        name: "Aceh",
        value: null,
        title: "Aceh: none",
        href: "/clusters?province=11",
        fill: "#e2e8f0",
        dark: false,
        col: 1,
        row: 1,
      },
      {
        code: "33",
        abbr: "JATENG",
        name: "Jawa Tengah",
        value: "50%",
        title: "Jawa Tengah: 4",
        href: "/clusters?province=33",
        fill: "#065f46",
        dark: true,
        col: 7,
        row: 5,
      },
    ];
    const list = renderStaticMarkup(<MapTileList tiles={tiles} cols={17} selected="33" label="Peta" noData="Tidak ada sentra" />);
    expect(list).toContain('<ol class="map-grid" style="--cols:17" aria-label="Peta" data-testid="map-list">');
    const links = list.match(/<a [^>]*>/g) ?? [];
    expect(links).toHaveLength(2);
    // The chosen province is marked; a dark tile has white text; each link has its colour.
    expect(links[1]).toMatch(/aria-current="true"/);
    expect(links[1]).toMatch(/class="map-tile is-dark" style="--f:#065f46"/);
    expect(links[0]).not.toContain("aria-current");
    // Text: abbreviation (hidden from screen readers), name, value; "–" read as "no centres".
    expect(list).toContain('<span aria-hidden="true">JATENG</span><span>Jawa Tengah</span><span>50%</span>');
    expect(list).toContain('<span aria-hidden="true">–</span><span class="sr-only">Tidak ada sentra</span>');
    // Placed on the grid from 1024 px by --c/--r.
    expect(list).toContain('<li style="--c:7;--r:5">');
  });
});
