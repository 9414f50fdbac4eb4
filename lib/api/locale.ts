import type { AppLocale } from "@/lib/i18n/config";

/**
 * The language of an API message from `Accept-Language`: the first of `id`/`en` by
 * quality (`en-GB`, `id-ID` count as theirs), else Indonesian.
 */
export function apiLocale(header: string | null): AppLocale {
  if (!header) return "id";
  const ranked = header
    .split(",")
    .slice(0, 20)
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), i };
    })
    .filter((r) => (r.lang === "id" || r.lang === "en") && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked[0]?.lang as AppLocale | undefined) ?? "id";
}
