"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

/** Remembered per user (in the database) and per browser (cookie, for the sign-in page). */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  // Secure behind https, like every cookie Sentra sets (issue #16).
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: false, secure, maxAge: 60 * 60 * 24 * 365 });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) {
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { locale } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.set_locale",
        entityType: "User",
        entityId: user.id,
        before: { locale: user.locale },
        after: { locale },
      });
    });
  }
  revalidatePath("/", "layout");
}
