"use client";

import { NextIntlClientProvider } from "next-intl";
import { useSyncExternalStore } from "react";
import enUnavailable from "@/lib/i18n/messages/en/unavailable.json";
import idUnavailable from "@/lib/i18n/messages/id/unavailable.json";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, type AppLocale } from "@/lib/i18n/config";
import ErrorPage from "./error";
import "./globals.css";

/**
 * The last resort, when the root layout itself failed: it replaces the whole document,
 * so it brings its own <html>, the language from the locale cookie, and only the
 * error page's messages (no server, no database needed).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, cookieLocale, () => DEFAULT_LOCALE);
  const messages = { unavailable: locale === "en" ? enUnavailable : idUnavailable };
  return (
    <html lang={locale}>
      <body className="bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={messages} timeZone={TIME_ZONE}>
          <ErrorPage error={error} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

const noSubscription = () => () => {};

function cookieLocale(): AppLocale {
  const cookie = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return cookie?.endsWith("=en") ? "en" : DEFAULT_LOCALE;
}
