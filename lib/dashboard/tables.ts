import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent, formatRupiah, formatScore } from "@/lib/i18n/format";

/** How a column's raw value is shown on the page; downloads keep the raw value. */
export type ColumnKind = "text" | "int" | "share" | "days" | "score" | "rupiah";

interface Column {
  header: string;
  kind: ColumnKind;
}

export type RawCell = string | number | bigint | null;

export interface TableData {
  columns: Column[];
  rows: RawCell[][];
}

export function formatCell(value: RawCell, kind: ColumnKind, locale: AppLocale, empty = "–"): string {
  if (value === null || value === undefined) return empty;
  switch (kind) {
    case "text":
      return String(value);
    case "int":
      return formatNumber(value as number | bigint, locale);
    case "share":
      return formatPercent(Number(value), locale, 1);
    case "days":
      return formatNumber(Number(value), locale, 1);
    case "score":
      return formatScore(Number(value), locale);
    case "rupiah":
      return formatRupiah(value as bigint, locale);
  }
}

/** The value written to CSV/XLSX: shares as percentages (0–100), decimals rounded. */
export function exportCell(value: RawCell, kind: ColumnKind): string | number | bigint | null {
  if (value === null || value === undefined) return null;
  if (kind === "share") return Math.round(Number(value) * 1000) / 10;
  if (kind === "days" || kind === "score") return Math.round(Number(value) * 10) / 10;
  return value;
}
