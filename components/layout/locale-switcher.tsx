import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/actions";
import { cn } from "@/components/ui/cn";

/** A plain form: works without JavaScript. */
export async function LocaleSwitcher() {
  const t = await getTranslations("locale");
  const current = await getLocale();
  return (
    <form noValidate action={setLocaleAction} aria-label={t("switchTo")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={current === locale}
          className={cn(
            "rounded px-2 py-1",
            current === locale ? "bg-emerald-100 font-semibold text-emerald-900" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
