import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

/** A reversed ledger entry is struck through; its reversal row says why. */
export const STRUCK = "text-slate-500 line-through";

/**
 * Under a reversed entry: when and why; under a reversal: that it is one, and why.
 * Shared by the institution ledger and the provider's delivery log.
 */
export async function ReversalNote({
  entry,
  locale,
}: {
  entry: {
    reversesId: string | null;
    reversalReason: string | null;
    reversedBy: { reversalReason: string | null; createdAt: Date } | null;
  };
  locale: AppLocale;
}) {
  const tl = await getTranslations("ledger");
  if (entry.reversedBy) {
    return (
      <span className="block text-xs text-red-800">
        {tl("reversedBy", { date: formatDate(entry.reversedBy.createdAt, locale), reason: entry.reversedBy.reversalReason ?? "" })}
      </span>
    );
  }
  if (entry.reversesId) {
    return (
      <span className="block text-xs text-slate-700">
        <span className="rounded bg-slate-200 px-1">{tl("reversal")}</span> {entry.reversalReason}
      </span>
    );
  }
  return null;
}
