import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { OwnEnrolment } from "@/components/auth/own-enrolment";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { MFA_REQUIRED_ROLES } from "@/lib/auth/mfa/policy";
import { getOwnSecondFactor } from "@/lib/auth/mfa/queries";
import { requirePageUser } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mfa"))("accountTitle") };
}

/** Every signed-in user: the state of their own second factor, and its set-up. */
export default async function AccountSecurityPage() {
  const user = await requirePageUser();
  const t = await getTranslations("mfa");
  const locale = (await getLocale()) as AppLocale;
  const { enabledAt } = await getOwnSecondFactor(user);
  return (
    <>
      <PageHeader title={t("accountTitle")} />
      <Card title={t("codeTitle")}>
        {enabledAt ? (
          <p className="text-sm text-slate-700">{t("accountEnabled", { date: formatDateTime(enabledAt, locale) })}</p>
        ) : (
          <>
            <p className="mb-4 text-sm text-slate-700">
              {MFA_REQUIRED_ROLES.includes(user.role) ? t("accountRequired") : t("accountOptional")}
            </p>
            <OwnEnrolment />
          </>
        )}
      </Card>
    </>
  );
}
