import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale, type AppLocale } from "@/lib/i18n/config";
import { en, id } from "@/lib/i18n/messages";

/**
 * A signed-in user's saved choice wins; otherwise the cookie; otherwise Bahasa Indonesia.
 * When the user cannot be read (the database is down), the cookie decides: the root
 * layout must still render so that the error page can say the database is unavailable.
 */
export async function resolveLocale(): Promise<AppLocale> {
  const user = await getCurrentUser().catch((err: unknown) => {
    unstable_rethrow(err); // Next's own control flow (dynamic rendering, redirects) passes through
    return null;
  });
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = locale === "en" ? en : id;
  return { locale, messages, timeZone: TIME_ZONE };
});
