import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/session";
import { markNotificationsReadAction } from "@/lib/diagnosis/actions";
import { listNotifications } from "@/lib/diagnosis/history-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diagnosis.notifications"))("title") };
}

const KINDS = ["DIAGNOSIS_SUBMITTED", "SECOND_SUBMITTED", "DIAGNOSIS_RETURNED", "DIAGNOSIS_APPROVED"] as const;

export default async function NotificationsPage() {
  await requirePageUser();
  const rows = await listNotifications();
  const t = await getTranslations("diagnosis.notifications");
  const locale = (await getLocale()) as AppLocale;
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          rows.some((r) => !r.readAt) ? (
            <form action={markNotificationsReadAction}>
              <Button type="submit" variant="secondary">
                {t("markRead")}
              </Button>
            </form>
          ) : null
        }
      />
      {rows.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((n) => {
            const kind = (KINDS as readonly string[]).includes(n.kind) ? (n.kind as (typeof KINDS)[number]) : "DIAGNOSIS_SUBMITTED";
            return (
              <li key={n.id} className={n.readAt ? "p-3 text-sm" : "bg-emerald-50/60 p-3 text-sm"}>
                {n.diagnosisId ? (
                  <Link href={`/diagnoses/${n.diagnosisId}`} className="text-emerald-900 underline">
                    {t(kind, { cluster: n.cluster?.name ?? "" })}
                  </Link>
                ) : (
                  t(kind, { cluster: n.cluster?.name ?? "" })
                )}
                <span className="ml-2 text-xs text-slate-500">{formatDateTime(n.createdAt, locale)}</span>
                {!n.readAt ? <span className="ml-2 rounded bg-emerald-700 px-1.5 text-xs text-white">{t("unread")}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
