import { INTL_TAG, type AppLocale } from "@/lib/i18n/config";

const CURRENCY_PREFIX: Record<AppLocale, string> = { id: "Rp", en: "IDR" };

/** Exact amount in whole Rupiah: `Rp 39.600.000.000` / `IDR 39,600,000,000`. */
export function formatRupiah(amount: bigint | number, locale: AppLocale): string {
  const n = new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 0 }).format(amount);
  return `${CURRENCY_PREFIX[locale]} ${n}`;
}

/** Short amount for headlines and charts: `Rp 39,6 miliar` / `IDR 39.6 billion`. */
export function formatRupiahCompact(amount: bigint | number, locale: AppLocale): string {
  const n = new Intl.NumberFormat(INTL_TAG[locale], {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 1,
  }).format(amount);
  return `${CURRENCY_PREFIX[locale]} ${n}`;
}

export function formatNumber(value: number | bigint, locale: AppLocale, digits = 0): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, locale: AppLocale, digits = 0): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { style: "percent", maximumFractionDigits: digits }).format(share);
}

export function formatDate(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeZone: "Asia/Jakarta" }).format(date);
}

export function formatDateTime(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(date);
}
