import { getTranslations } from "next-intl/server";
import { DataTable, RowHeader } from "@/components/ui/data-table";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent, formatRupiah } from "@/lib/i18n/format";
import type { Ledger } from "@/lib/financing/sql";

export interface LedgerTableRow extends Ledger {
  key: string;
  label: string;
  href?: string;
  /** Extra cells after the label (e.g. plan counts), already formatted. */
  extra?: string[];
}

/** Rows of money figures (exact Rupiah) with a total line that is the exact sum of the rows. */
export async function LedgerTable({
  caption,
  head,
  extraHeads = [],
  rows,
  total,
  locale,
}: {
  caption: string;
  head: string;
  extraHeads?: string[];
  rows: LedgerTableRow[];
  total?: Omit<LedgerTableRow, "key" | "href">;
  locale: AppLocale;
}) {
  const t = await getTranslations("support.financing.ledger");
  const money = (v: bigint) => formatRupiah(v, locale);
  const cells = (r: Ledger) => [
    money(r.allocated),
    money(r.disbursed),
    money(r.repaid),
    money(r.outstanding),
    money(r.overdue),
    formatPercent(r.nplShare, locale, 1),
    formatNumber(r.institutions, locale),
  ];
  const heads = [t("allocated"), t("disbursed"), t("repaid"), t("outstanding"), t("overdue"), t("nplShare"), t("institutions")];
  return (
    <DataTable
      caption={caption}
      rows={rows}
      // Every column keeps its right padding, the last one too.
      columns={[{ label: head }, ...[...extraHeads, ...heads].map((label) => ({ label, numeric: true, flush: false }))]}
      footer={
        total ? (
          <tr>
            <th scope="row" className="py-1 pr-3 text-left">
              {total.label}
            </th>
            {[...(total.extra ?? []), ...cells(total)].map((x, i) => (
              <td key={i} className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">
                {x}
              </td>
            ))}
          </tr>
        ) : null
      }
    >
      {(r) => (
        <tr key={r.key}>
          <RowHeader href={r.href} label={r.label} />
          {(r.extra ?? []).map((x, i) => (
            <td key={i} className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">
              {x}
            </td>
          ))}
          {cells(r).map((x, i) => (
            <td
              key={i}
              className={`whitespace-nowrap py-1 pr-3 text-right tabular-nums ${i === 4 && r.overdue > 0n ? "text-red-700" : ""}`}
            >
              {x}
            </td>
          ))}
        </tr>
      )}
    </DataTable>
  );
}
