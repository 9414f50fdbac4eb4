import Link from "next/link";

/** Server-rendered pagination that keeps the other URL parameters. */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; pageOf: string; nav: string };
}) {
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{labels.pageOf}</span>
      {page < pages ? (
        <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
