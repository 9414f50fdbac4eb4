import { getTranslations } from "next-intl/server";
import { countUnreadNotifications } from "@/lib/diagnosis/history-queries";
import { IntentLink } from "@/components/layout/intent-link";

/** The header's unread count of diagnosis notifications (submissions to review, returns, approvals). */
export async function NotificationBell() {
  const count = await countUnreadNotifications().catch(() => 0);
  const t = await getTranslations("diagnosis.notifications");
  return (
    <IntentLink
      href="/diagnoses/notifications"
      className="relative inline-flex items-center rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
      aria-label={t("bell", { count })}
      data-testid="notification-bell"
    >
      <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5 fill-current">
        <path d="M10 2a5 5 0 0 0-5 5v2.6l-1.3 2.6A1 1 0 0 0 4.6 14h10.8a1 1 0 0 0 .9-1.8L15 9.6V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 10 18Z" />
      </svg>
      {count > 0 ? (
        <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="notification-count">
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </IntentLink>
  );
}
