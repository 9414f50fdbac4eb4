import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, ROOT_NAMESPACES } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: `${t("name")} · ${t("tagline")}`, template: `%s · ${t("name")}` },
    // app/manifest.ts is linked by Next.js itself; iOS reads these instead (docs/offline.md).
    appleWebApp: { capable: true, title: t("name"), statusBarStyle: "default" },
    icons: { apple: "/icons/icon-192.png" },
  };
}

export const viewport: Viewport = { themeColor: "#047857" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // Only the error page's messages here (it must work when nothing else does, e.g. the
  // database is down): each part of the app hands its client components their own
  // (lib/i18n/client-messages.ts); the rest stays on the server.
  const messages = pickMessages(await getMessages(), ROOT_NAMESPACES);
  return (
    <html lang={locale}>
      <body className="bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={messages}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
