import { describe, expect, it } from "vitest";
import { ChartCard } from "@/components/dashboard/chart-card";
import type { DashCtx } from "@/components/dashboard/context";
import { FilterForm } from "@/components/dashboard/filter-form";
import { readIslands } from "@/components/dashboard/island-data";
import { BarChartIsland, collectIslands } from "@/components/dashboard/island-mount";
import { ProvinceMap } from "@/components/dashboard/province-map";
import { parseDashboardParams } from "@/lib/dashboard/filters";
import { PROVINCE_TILES } from "@/lib/dashboard/province-grid";
import { renderStaticMarkup } from "@/lib/dashboard/static-markup";

// The dashboard body is markup rendered once per data version (components/dashboard/body.tsx):
// these check that the static render keeps what the React page had (attributes,
// escaping, links, the islands' mount points and props).
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}(${JSON.stringify(values)})` : key);
const params = parseDashboardParams({ province: "33", stage: "MATURE" });
const ctx: DashCtx = { t, tCommon: t, stage: (k) => `stage:${k}`, locale: "id", params, search: "province=33", asOf: "28/11/2026" };

describe("dashboard body markup", () => {
  it("renders a chart card with its chart and table view as islands", () => {
    const series = [{ key: "n", name: "Sentra <matang>", color: "#047857" }];
    const { html, islands } = collectIslands(() =>
      renderStaticMarkup(
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
          <BarChartIsland data={[{ label: "A", n: 1 }]} series={series} orientation="horizontal" valueKind="int" locale="id" height={120} />
        </ChartCard>,
      ),
    );
    expect(html).toContain('<section aria-labelledby="chart-stages-title" class="flex min-w-0 flex-col');
    expect(html).toContain("Sentra &amp; tahap");
    expect(html).toContain(
      '<div role="img" aria-label="Ringkas" style="height:280px" class="w-full"><div data-island="island-0" class="h-full w-full">',
    );
    expect(html).toContain('<div data-island="island-1"></div>');
    expect(html).toContain('href="/api/dashboard/stages?province=33&amp;format=csv"');
    expect(islands.map((i) => [i.id, i.kind])).toEqual([
      ["island-0", "bar"],
      ["island-1", "table"],
    ]);
    expect(islands[0]!.props).toMatchObject({ series, height: 120 });
    expect(islands[1]!.props).toMatchObject({ chart: "stages", search: "province=33", labels: { show: "showTable" } });

    // The islands' props end the markup as a data block the browser reads (island-data.ts);
    // a "<" in them cannot close the element.
    const block = /<script type="application\/json" data-dashboard-islands>(.*)<\/script>$/s.exec(html);
    expect(block).not.toBeNull();
    expect(block![1]).not.toContain("<");
    expect(block![1]).toContain("Sentra \\u003cmatang>");
    const root = {
      querySelector: (selector: string) => (selector === "script[data-dashboard-islands]" ? { textContent: block![1] } : null),
    };
    expect(readIslands(root as unknown as ParentNode)).toEqual(islands);
  });

  it("shows 'no data' without islands for an empty chart", () => {
    const { html, islands } = collectIslands(() =>
      renderStaticMarkup(<ChartCard id="movement" t={t} title="T" unit="U" asOf="x" search="" isEmpty summary="" />),
    );
    expect(html).toContain("noData");
    expect(islands).toEqual([]);
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
    expect(form).toContain('<a href="/dashboard"');
    const map = renderStaticMarkup(
      <ProvinceMap
        slices={[{ key: "33", label: "Jawa Tengah", total: 4, counts: { SURVIVAL: 1, ADVANCE: 1, MATURE: 2, NONE: 0 } }]}
        params={params}
        locale="id"
        t={t}
      />,
    );
    expect(map.match(/<a href="\/clusters\?/g)).toHaveLength(PROVINCE_TILES.length);
    expect(map).toContain('aria-current="true"');
    expect(map).toContain('<a href="/clusters?province=33&amp;stage=MATURE" class="map-tile is-selected">');
  });

  it("refuses islands outside a collecting render, and nested renders", () => {
    expect(() =>
      renderStaticMarkup(<BarChartIsland data={[]} series={[]} orientation="vertical" valueKind="int" locale="id" height={1} />),
    ).toThrow(/outside collectIslands/);
    expect(() => collectIslands(() => collectIslands(() => "").html)).toThrow(/cannot nest/);
  });
});
