import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface DataColumn {
  label: ReactNode;
  /** Right-aligned, for amounts and counts. */
  numeric?: boolean;
  /** No right padding: by default only the last column, so its cells must match. */
  flush?: boolean;
  /**
   * A column the server sorts by: the header becomes a link to `href` (the list sorted by
   * it, the other way round when it is the current order) and carries `aria-sort`.
   */
  sort?: { href: string; direction: "asc" | "desc" | null; hint: string };
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

function SortLink({ label, sort }: { label: ReactNode; sort: NonNullable<DataColumn["sort"]> }) {
  return (
    <Link href={sort.href} className="inline-flex min-h-11 items-center gap-1 hover:underline lg:min-h-0" title={sort.hint}>
      {label}
      <span aria-hidden="true" className={sort.direction ? "text-slate-900" : "text-slate-400"}>
        {sort.direction === "desc" ? "▼" : sort.direction === "asc" ? "▲" : "↕"}
      </span>
      <span className="sr-only">({sort.hint})</span>
    </Link>
  );
}

/** Cell padding of each look, for the caller's `<td>`s: `<td className={CELL.list}>`. */
export const CELL = { compact: "py-1 pr-3", list: "px-3 py-2" } as const;

/**
 * THE table of every list: column headers with `scope="col"`, one row per item (the
 * caller's `<tr>`, often with a `scope="row"` header cell), an optional total line.
 * With `empty`, a list without items shows that sentence instead of an empty table.
 * `variant`: "compact" (cards of the support and financing pages) or "list" (a
 * page's main list: shaded header, roomier cells); `framed`, a list standing on the
 * page rather than in a card: its scrolling box gets a border and a white ground.
 * Without `columns`, a table of named figures: no header row, each row's `RowHeader`
 * names its value.
 */
export function DataTable<T>({
  columns,
  rows,
  children,
  caption,
  showCaption = false,
  empty,
  footer,
  scroll = true,
  className,
  variant = "compact",
  framed = false,
  testId,
}: {
  columns?: DataColumn[];
  rows: readonly T[];
  children: (row: T, index: number) => ReactNode;
  /** The table's name; for screen readers only unless `showCaption` (a table without a card title of its own). */
  caption?: ReactNode;
  showCaption?: boolean;
  empty?: ReactNode;
  footer?: ReactNode;
  /** Wraps the table in a horizontally scrolling box (wide tables on small screens). */
  scroll?: boolean;
  /** On the outermost element (the scrolling box, or else the table). */
  className?: string;
  variant?: "compact" | "list";
  /** A border and a white ground on the scrolling box (needs `scroll`). */
  framed?: boolean;
  /** `data-testid` of the table itself. */
  testId?: string;
}) {
  const list = variant === "list";
  if (rows.length === 0 && empty != null) return <p className="text-sm text-slate-600">{empty}</p>;
  const table = (
    <table className={cn("min-w-full text-sm", list && "divide-y divide-slate-200", !scroll && className)} data-testid={testId}>
      {caption ? <caption className={showCaption ? "mb-1 text-left font-semibold" : "sr-only"}>{caption}</caption> : null}
      {columns ? (
        <thead className={list ? "bg-slate-50 text-left text-slate-700" : "text-left text-slate-600"}>
          <tr>
            {columns.map((c, i) => (
              <th
                key={i}
                scope="col"
                aria-sort={c.sort ? (c.sort.direction ? ARIA_SORT[c.sort.direction] : "none") : undefined}
                className={cn(
                  list ? "px-3 py-2" : "py-1",
                  !list && !(c.flush ?? i === columns.length - 1) && "pr-3",
                  c.numeric && "text-right",
                )}
              >
                {c.sort ? <SortLink label={c.label} sort={c.sort} /> : c.label}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody className="divide-y divide-slate-100">{rows.map(children)}</tbody>
      {footer ? <tfoot className="border-t-2 border-slate-300 font-semibold">{footer}</tfoot> : null}
    </table>
  );
  return scroll ? (
    <div className={cn("overflow-x-auto", framed && "rounded-lg border border-slate-200 bg-white", className)}>{table}</div>
  ) : (
    table
  );
}

/**
 * What a list says when nothing matches: the sentence, and when filters are set, a link
 * that clears them ("Tidak ada sentra yang cocok — Hapus filter").
 */
export function EmptyList({ message, clear }: { message: ReactNode; clear?: { href: string; label: string } }) {
  return (
    <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-600" data-testid="empty-list">
      {message}
      {clear ? (
        <>
          {" — "}
          <Link href={clear.href} className="font-medium text-emerald-800 underline">
            {clear.label}
          </Link>
        </>
      ) : null}
    </p>
  );
}

/**
 * A row's last cell: what the user may do to the row (a reversal form, an edit link),
 * present only when `shown` (the column is the user's: a manager's, an editor's) and
 * blank when the row offers nothing.
 */
export function ActionCell({ shown, children }: { shown: boolean; children?: ReactNode }) {
  return shown ? <td className="py-1">{children}</td> : null;
}

/** A row's first cell and its header for screen readers: the item, linked to its page when `href` is given, then `children` (a note under it). */
export function RowHeader({ label, href, children }: { label: ReactNode; href?: string; children?: ReactNode }) {
  return (
    <th scope="row" className="py-1 pr-3 text-left font-normal">
      {href ? (
        <Link href={href} className="text-emerald-800 hover:underline">
          {label}
        </Link>
      ) : (
        label
      )}
      {children}
    </th>
  );
}
