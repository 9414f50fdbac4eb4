import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Above a ledger that is corrected by reversal: the link that hides or shows the reversed
 * entries (the page itself with or without `?hideReversed=1`) and its CSV export.
 * Shared by the institution ledger and the provider's delivery log.
 */
export async function LedgerLinks({
  href,
  hideReversed,
  exportHref,
  exportLabel,
}: {
  /** The page without the query. */
  href: string;
  hideReversed: boolean;
  exportHref: string;
  exportLabel: string;
}) {
  const tl = await getTranslations("ledger");
  return (
    <p className="mb-3 flex flex-wrap gap-4 text-sm">
      <Link href={hideReversed ? href : `${href}?hideReversed=1`} className="text-emerald-800 hover:underline">
        {hideReversed ? tl("showReversed") : tl("hideReversed")}
      </Link>
      <a href={exportHref} className="text-emerald-800 hover:underline">
        {exportLabel}
      </a>
    </p>
  );
}
