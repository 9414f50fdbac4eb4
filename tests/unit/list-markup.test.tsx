import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DataTable } from "@/components/ui/data-table";
import { FactList } from "@/components/ui/fact-list";

// The markup the folded pieces must keep (docs/one-way.md): the pages wrote these by hand
// before, and the e2e and axe tests find them by it.
describe("DataTable framed", () => {
  const table = (framed: boolean) =>
    renderToStaticMarkup(
      <DataTable variant="list" rows={["a"]} framed={framed} columns={[{ label: "Nama" }]}>
        {(r) => (
          <tr key={r}>
            <td>{r}</td>
          </tr>
        )}
      </DataTable>,
    );

  it("puts the border and white ground on the scrolling box around the table", () => {
    expect(table(true)).toMatch(
      /^<div class="overflow-x-auto rounded-lg border border-slate-200 bg-white"><table class="min-w-full text-sm divide-y/,
    );
  });

  it("leaves a list in a card unframed", () => {
    expect(table(false)).toMatch(/^<div class="overflow-x-auto"><table /);
  });
});

describe("FactList", () => {
  it("is one label over its value per fact, in the caller's grid", () => {
    const html = renderToStaticMarkup(
      <FactList
        facts={[
          ["Provinsi", "Jawa Tengah"],
          ["Kontak", "—"],
        ]}
        className="grid sm:grid-cols-2"
        valueClassName="text-sm text-slate-900"
      />,
    );
    expect(html).toBe(
      '<dl class="grid sm:grid-cols-2">' +
        '<div><dt class="text-xs uppercase tracking-wide text-slate-500">Provinsi</dt><dd class="text-sm text-slate-900">Jawa Tengah</dd></div>' +
        '<div><dt class="text-xs uppercase tracking-wide text-slate-500">Kontak</dt><dd class="text-sm text-slate-900">—</dd></div>' +
        "</dl>",
    );
  });
});
