import { INTL_TAG, type AppLocale } from "@/lib/i18n/config";

// One formatter per (locale, options), reused: constructing an Intl.NumberFormat costs
// far more than formatting with one, and a dashboard page formats thousands of cells.
// Same output as lib/i18n/format.ts (formatNumber, formatPercent, formatRupiah).
const formatters = new Map<string, Intl.NumberFormat>();
function nf(locale: AppLocale, kind: "n0" | "n1" | "pct1"): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      INTL_TAG[locale],
      kind === "pct1" ? { style: "percent", maximumFractionDigits: 1 } : { maximumFractionDigits: kind === "n1" ? 1 : 0 },
    );
    formatters.set(key, f);
  }
  return f;
}
const CURRENCY_PREFIX: Record<AppLocale, string> = { id: "Rp", en: "IDR" };

/** How a column's raw value is shown on the page; downloads keep the raw value. */
export type ColumnKind = "text" | "int" | "share" | "days" | "score" | "rupiah";

export interface Column {
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
      return nf(locale, "n0").format(value as number | bigint);
    case "share":
      return nf(locale, "pct1").format(Number(value));
    case "days":
    case "score":
      return nf(locale, "n1").format(Number(value));
    case "rupiah":
      return `${CURRENCY_PREFIX[locale]} ${nf(locale, "n0").format(value as bigint)}`;
  }
}

/** The value written to CSV/XLSX: shares as percentages (0–100), decimals rounded. */
export function exportCell(value: RawCell, kind: ColumnKind): string | number | bigint | null {
  if (value === null || value === undefined) return null;
  if (kind === "share") return Math.round(Number(value) * 1000) / 10;
  if (kind === "days" || kind === "score") return Math.round(Number(value) * 10) / 10;
  return value;
}
