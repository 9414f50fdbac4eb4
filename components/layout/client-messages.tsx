import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { PART_NAMESPACES, pickMessages, type AppPart } from "@/lib/i18n/client-messages";

/** Hands one part of the app's client components their messages (lib/i18n/client-messages.ts). */
export async function ClientMessages({ part, children }: { part: AppPart; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), PART_NAMESPACES[part]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
