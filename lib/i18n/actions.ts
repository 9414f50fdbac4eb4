"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { runFormAction } from "@/lib/forms/run-action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** Remembered per user (in the database) and per browser (cookie, for the sign-in page). Open to signed-out visitors. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await runFormAction(formData, {
    permission: "anyone",
    schema: setLocaleSchema,
    run: async (user, input) => {
      const { locale } = setLocaleSchema.parse(input);
      // Secure behind https, like every cookie Sentra sets (issue #16).
      const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
      (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: false, secure, maxAge: 60 * 60 * 24 * 365 });
      if (!user || user.locale === locale) return;
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
    },
    revalidate: [{ path: "/", type: "layout" }],
  });
}
