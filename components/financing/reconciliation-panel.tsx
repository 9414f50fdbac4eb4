import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CELL, DataTable, RowHeader } from "@/components/ui/data-table";
import type { ReconcileLine } from "@/lib/financing/reconcile";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";

/** Plan against ledger, line by line: ✓ when equal, otherwise the signed difference. */
export async function ReconciliationPanel({
  ok,
  lines,
  locale,
  title,
}: {
  ok: boolean;
  lines: ReconcileLine[];
  locale: AppLocale;
  title?: string;
}) {
  const t = await getTranslations("support.financing.reconcile");
  const tc = await getTranslations("support.channels");
  const fmt = (l: ReconcileLine, v: bigint | number) => (l.kind === "money" ? formatRupiah(v, locale) : formatNumber(v, locale));
  const signed = (l: ReconcileLine) => {
    const d = l.difference;
    const positive = typeof d === "bigint" ? d > 0n : d > 0;
    return `${positive ? "+" : "−"}${fmt(l, typeof d === "bigint" ? (d < 0n ? -d : d) : Math.abs(d))}`;
  };
  return (
    <Card title={title ?? t("title")}>
      <p
        role="status"
        data-testid="reconciliation-status"
        className={`mb-3 rounded p-2 text-sm font-medium ${ok ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}
      >
        {ok ? `✓ ${t("allOk")}` : `✗ ${t("notOk")}`}
      </p>
      <DataTable
        caption={t("caption")}
        rows={lines}
        columns={[
          { label: t("check") },
          { label: t("expected"), numeric: true },
          { label: t("actual"), numeric: true },
          { label: t("result"), numeric: true },
        ]}
      >
        {(l, i) => (
          <tr key={`${l.key}-${l.channel ?? ""}-${i}`}>
            <RowHeader label={t(`lines.${l.key}`, { channel: l.channel ? tc(l.channel) : "" })} />
            <td className={`${CELL.compact} text-right tabular-nums`}>{fmt(l, l.expected)}</td>
            <td className={`${CELL.compact} text-right tabular-nums`}>{fmt(l, l.actual)}</td>
            <td className={`py-1 text-right tabular-nums font-medium ${l.ok ? "text-emerald-800" : "text-red-700"}`}>
              {l.ok ? <span aria-label={t("equal")}>✓</span> : <span>{t("difference", { amount: signed(l) })}</span>}
            </td>
          </tr>
        )}
      </DataTable>
    </Card>
  );
}
