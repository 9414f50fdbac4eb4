import { formatCell, type TableData } from "@/lib/dashboard/tables";
import type { AppLocale } from "@/lib/i18n/config";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or attribute value made safe for HTML. Every value below goes through it. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A chart's table view as static HTML. The tables are plain markup (no state, no
 * handlers) and the largest part of the dashboard; built as a string they can be
 * cached with the numbers they show (lib/dashboard/cache.ts), so a page served from
 * the cache does not render thousands of elements again. Cell text, captions and
 * links are escaped; links are our own /clusters URLs.
 */
export function tableHtml({
  caption,
  table,
  links,
  locale,
}: {
  caption: string;
  table: TableData;
  links?: Array<string | null>;
  locale: AppLocale;
}): string {
  const head = table.columns
    .map((c) => `<th scope="col" class="${c.kind === "text" ? "font-medium" : "text-right font-medium"}">${escapeHtml(c.header)}</th>`)
    .join("");
  const body = table.rows
    .map((row, r) => {
      const cells = row.map((cell, i) => {
        const kind = table.columns[i]!.kind;
        const text = escapeHtml(formatCell(cell, kind, locale));
        if (i === 0) {
          const link = links?.[r];
          const content = link ? `<a href="${escapeHtml(link)}" class="text-emerald-800 hover:underline">${text}</a>` : text;
          return `<th scope="row" class="text-left font-normal">${content}</th>`;
        }
        return kind === "text" ? `<td>${text}</td>` : `<td class="text-right">${text}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  return (
    `<table class="min-w-full text-sm [&_td]:px-2 [&_td]:py-1 [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1">` +
    `<caption class="sr-only">${escapeHtml(caption)}</caption>` +
    `<thead class="sticky top-0 bg-white text-left text-slate-700"><tr>${head}</tr></thead>` +
    `<tbody class="divide-y divide-slate-100">${body}</tbody></table>`
  );
}
