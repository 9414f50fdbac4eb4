import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ReverseEntryForm } from "@/components/financing/reverse-entry-form";
import { ReversalNote, STRUCK } from "@/components/support/reversal-note";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ActionCell, DataTable } from "@/components/ui/data-table";
import type { LedgerEntryKind } from "@/lib/financing/schema";
import type { AppLocale } from "@/lib/i18n/config";
import { formatRupiah } from "@/lib/i18n/format";

interface ReversibleEntry {
  id: string;
  amount: bigint;
  reversesId: string | null;
  reversalReason: string | null;
  reversedBy: { reversalReason: string | null; createdAt: Date } | null;
}

/**
 * An institution's ledger entries of one kind, corrected by reversal and never edited:
 * the entry (struck through once reversed, with its reversal note), the cells after it,
 * the amount, and for a manager the reversal form on each entry that is neither reversed
 * nor itself a reversal.
 */
export async function ReversibleEntryCard<E extends ReversibleEntry>({
  title,
  className,
  kind,
  rows,
  empty,
  columns,
  entry,
  cells,
  entryLabel,
  institutionId,
  canManage,
  today,
  locale,
}: {
  title: string;
  className?: string;
  kind: LedgerEntryKind;
  rows: E[];
  empty: string;
  /** The headers of the entry's column and of the columns between it and the amount. */
  columns: string[];
  entry: (row: E) => ReactNode;
  /** The cells between the entry and the amount, one per header after the first. */
  cells: (row: E) => ReactNode[];
  /** What the entry is, for the reversal form's accessible name. */
  entryLabel: (row: E) => string;
  institutionId: string;
  canManage: boolean;
  today: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("support.financing");
  const tl = await getTranslations("ledger");
  return (
    <Card title={title} className={className}>
      <DataTable
        rows={rows}
        empty={empty}
        columns={[
          ...columns.map((label) => ({ label })),
          { label: t("form.amount"), numeric: true, flush: !canManage },
          ...(canManage ? [{ label: tl("correction") }] : []),
        ]}
      >
        {(row) => (
          <tr key={row.id} className={row.reversesId ? "bg-slate-50" : undefined}>
            <td className="py-1 pr-3">
              <span className={cn(row.reversedBy && STRUCK)}>{entry(row)}</span>
              <ReversalNote entry={row} locale={locale} />
            </td>
            {cells(row).map((cell, i) => (
              <td key={i} className="py-1 pr-3">
                {cell}
              </td>
            ))}
            <td className={cn("whitespace-nowrap py-1 text-right tabular-nums", canManage && "pr-3", row.reversedBy && STRUCK)}>
              {formatRupiah(row.amount, locale)}
            </td>
            <ActionCell shown={canManage}>
              {row.reversesId || row.reversedBy ? null : (
                <ReverseEntryForm kind={kind} entryId={row.id} institutionId={institutionId} label={entryLabel(row)} today={today} />
              )}
            </ActionCell>
          </tr>
        )}
      </DataTable>
    </Card>
  );
}
