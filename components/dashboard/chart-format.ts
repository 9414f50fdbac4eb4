import { INTL_TAG, type AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent, formatRupiahCompact } from "@/lib/i18n/format";

export type ValueKind = "int" | "share" | "rupiah" | "days" | "score";

/** Axis and tooltip text of a chart value (charts get numbers; Rupiah < 2^53 stay exact enough to show). */
export function formatValue(value: number, kind: ValueKind, locale: AppLocale, short = false): string {
  switch (kind) {
    case "share":
      return formatPercent(value, locale, 0);
    case "rupiah":
      return short
        ? `${locale === "en" ? "IDR" : "Rp"} ${new Intl.NumberFormat(INTL_TAG[locale], { notation: "compact", compactDisplay: "short", maximumFractionDigits: 1 }).format(value)}`
        : formatRupiahCompact(value, locale);
    case "days":
    case "score":
      return formatNumber(value, locale, 0);
    default:
      return formatNumber(value, locale);
  }
}
