import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DataTable, RowHeader, type DataColumn } from "@/components/ui/data-table";
import type { FinancingChannel } from "@/lib/diagnosis/engine/codes";
import type { AppLocale } from "@/lib/i18n/config";
import { formatRupiah } from "@/lib/i18n/format";

export interface InstitutionBalanceRow {
  id: string;
  name: string;
  /** The channel type; shown only where institutions of several types are listed. */
  type?: FinancingChannel;
  province: string;
  cluster: string | null;
  allocated: bigint;
  disbursed: bigint;
  remaining: bigint;
  outstanding: bigint;
  overdue: bigint;
}

/** Institutions with their balances in exact Rupiah, each linked to its own page. */
export async function InstitutionTable({
  rows,
  locale,
  showType = false,
  empty,
  sortFor,
}: {
  rows: InstitutionBalanceRow[];
  locale: AppLocale;
  showType?: boolean;
  empty?: ReactNode;
  /** Sortable headers (the institution list). */
  sortFor?: (key: "name" | "type" | "province") => NonNullable<DataColumn["sort"]>;
}) {
  const t = await getTranslations("support.financing");
  const tc = await getTranslations("support.channels");
  const money = (v: bigint) => formatRupiah(v, locale);
  const amounts = ["allocated", "disbursed", "remaining", "outstanding", "overdue"] as const;
  return (
    <DataTable
      rows={rows}
      empty={empty}
      columns={[
        { label: t("institution.name"), sort: sortFor?.("name") },
        ...(showType ? [{ label: t("form.type"), sort: sortFor?.("type") }] : []),
        { label: t("programme.province"), sort: sortFor?.("province") },
        { label: t("institution.cluster") },
        ...amounts.map((a) => ({ label: t(`ledger.${a}`), numeric: true })),
      ]}
    >
      {(r) => (
        <tr key={r.id}>
          <RowHeader href={`/financing/institutions/${r.id}`} label={r.name} />
          {showType ? <td className="py-1 pr-3">{r.type ? tc(r.type) : "—"}</td> : null}
          <td className="py-1 pr-3">{r.province}</td>
          <td className="py-1 pr-3">{r.cluster ?? "—"}</td>
          <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{money(r.allocated)}</td>
          <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{money(r.disbursed)}</td>
          <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{money(r.remaining)}</td>
          <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{money(r.outstanding)}</td>
          <td className={`whitespace-nowrap py-1 text-right tabular-nums ${r.overdue > 0n ? "text-red-700" : ""}`}>{money(r.overdue)}</td>
        </tr>
      )}
    </DataTable>
  );
}
