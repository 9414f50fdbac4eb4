import { INTL_TAG, type AppLocale } from "@/lib/i18n/config";

const CURRENCY_PREFIX: Record<AppLocale, string> = { id: "Rp", en: "IDR" };

// Formatters are reused: constructing one costs far more than formatting with it, and a
// page may format thousands of numbers. Keyed by locale and options (a handful in all).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: AppLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_TAG[locale], options)));
  return format;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_TAG[locale], options)));
  return format;
}

/** Exact amount in whole Rupiah: `Rp 39.600.000.000` / `IDR 39,600,000,000`. */
export function formatRupiah(amount: bigint | number, locale: AppLocale): string {
  const n = numberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return `${CURRENCY_PREFIX[locale]} ${n}`;
}

/** Short amount for headlines and charts: `Rp 39,6 miliar` / `IDR 39.6 billion`. */
export function formatRupiahCompact(amount: bigint | number, locale: AppLocale): string {
  const n = numberFormat(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }).format(amount);
  return `${CURRENCY_PREFIX[locale]} ${n}`;
}

/**
 * THE way a score shows (dimension, group, priority, agreement): always one decimal,
 * with the language's decimal sign: `62,5` and `77,0` / `62.5` and `77.0`.
 */
export function formatScore(score: number, locale: AppLocale): string {
  return numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

export function formatNumber(value: number | bigint, locale: AppLocale, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, locale: AppLocale, digits = 0): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: digits }).format(share);
}

export function formatDate(date: Date, locale: AppLocale): string {
  return dateFormat(locale, { dateStyle: "medium", timeZone: "Asia/Jakarta" }).format(date);
}

/** A calendar day (ISO `2026-01-13`) in words: `Selasa, 13 Januari 2026` / `Tuesday, 13 January 2026`. */
export function formatLongDate(isoDay: string, locale: AppLocale): string {
  return dateFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

export function formatDateTime(date: Date, locale: AppLocale): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(date);
}

export function formatTime(date: Date, locale: AppLocale): string {
  return dateFormat(locale, { timeStyle: "short", timeZone: "Asia/Jakarta" }).format(date);
}

/** Day and time without a comma between them: `2 Des 2026 10.15` / `2 Dec 2026 10:15`. */
export function formatDayTime(date: Date, locale: AppLocale): string {
  return `${formatDate(date, locale)} ${formatTime(date, locale)}`;
}
