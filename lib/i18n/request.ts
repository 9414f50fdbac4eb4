import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale, type AppLocale } from "@/lib/i18n/config";

/** A signed-in user's saved choice wins; otherwise the cookie; otherwise Bahasa Indonesia. */
export async function resolveLocale(): Promise<AppLocale> {
  const user = await getCurrentUser();
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (locale === "en" ? await import("./messages/en") : await import("./messages/id")).default;
  return { locale, messages, timeZone: TIME_ZONE };
});
