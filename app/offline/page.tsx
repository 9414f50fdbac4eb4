import type { Metadata } from "next";
import en from "@/lib/i18n/messages/en/offline.json";
import id from "@/lib/i18n/messages/id/offline.json";

export const metadata: Metadata = { title: "Luring · Offline" };

const ITEMS = { works: ["works1", "works2", "works3"], not: ["not1", "not2", "not3"] } as const;

/**
 * What the service worker shows for a page it has not kept, when there is no connection
 * (lib/offline/sw.ts, docs/offline.md). Public and precached at install, so it is in both
 * languages whatever the locale was then.
 */
export default function OfflinePage() {
  // Both catalogues directly: next-intl's server translations follow the request's locale.
  const sections = [
    { locale: "id", t: (key: keyof typeof id) => id[key] },
    { locale: "en", t: (key: keyof typeof en) => en[key] },
  ];
  return (
    <main className="mx-auto max-w-2xl space-y-10 px-4 py-12" data-testid="offline-page">
      {sections.map(({ locale, t }, index) => (
        <section
          key={locale}
          lang={locale}
          aria-labelledby={`offline-${locale}`}
          className={index > 0 ? "border-t border-slate-200 pt-8" : undefined}
        >
          {index === 0 ? (
            <h1 id={`offline-${locale}`} className="text-2xl font-semibold">
              {t("title")}
            </h1>
          ) : (
            <h2 id={`offline-${locale}`} className="text-xl font-semibold">
              {t("title")}
            </h2>
          )}
          <p className="mt-2 text-slate-700">{t("intro")}</p>
          <h3 className="mt-6 font-semibold text-emerald-800">{t("worksTitle")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
            {ITEMS.works.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          <h3 className="mt-6 font-semibold text-amber-800">{t("notTitle")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
            {ITEMS.not.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          {/* An empty href is this address: the page the visitor wanted, once the connection is back. */}
          <a href="" className="mt-6 inline-block rounded-md bg-emerald-700 px-4 py-2 text-white">
            {t("retry")}
          </a>
        </section>
      ))}
    </main>
  );
}
