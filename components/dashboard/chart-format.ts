import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatPercent, formatRupiahCompact, formatScore } from "@/lib/i18n/format";

export type ValueKind = "int" | "share" | "rupiah" | "days" | "score";

/** Axis (`short`) and tooltip text of a chart value (charts get numbers; Rupiah < 2^53 stay exact enough to show). */
export function formatValue(value: number, kind: ValueKind, locale: AppLocale, short = false): string {
  switch (kind) {
    case "share":
      return formatPercent(value, locale, 0);
    case "rupiah":
      // In words on axes too ("Rp 24 miliar", never "Rp 24 M", which reads as million).
      return formatRupiahCompact(value, locale);
    case "score":
      // Axis ticks are scale marks (0, 25, 50); a score itself always has its one decimal.
      return short ? formatNumber(value, locale, 0) : formatScore(value, locale);
    case "days":
      return formatNumber(value, locale, 0);
    default:
      return formatNumber(value, locale);
  }
}
