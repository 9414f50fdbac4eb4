import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface DataColumn {
  label: ReactNode;
  /** Right-aligned, for amounts and counts. */
  numeric?: boolean;
  /** No right padding: by default only the last column, so its cells must match. */
  flush?: boolean;
}

/** Cell padding of each look, for the caller's `<td>`s: `<td className={CELL.list}>`. */
export const CELL = { compact: "py-1 pr-3", list: "px-3 py-2" } as const;

/**
 * THE table of every list: column headers with `scope="col"`, one row per item (the
 * caller's `<tr>`, often with a `scope="row"` header cell), an optional total line.
 * With `empty`, a list without items shows that sentence instead of an empty table.
 * `variant`: "compact" (cards of the support and financing pages) or "list" (a
 * page's main list: shaded header, roomier cells).
 */
export function DataTable<T>({
  columns,
  rows,
  children,
  caption,
  empty,
  footer,
  scroll = true,
  className,
  variant = "compact",
}: {
  columns: DataColumn[];
  rows: readonly T[];
  children: (row: T) => ReactNode;
  /** For screen readers; the visible title is usually the card's. */
  caption?: string;
  empty?: ReactNode;
  footer?: ReactNode;
  /** Wraps the table in a horizontally scrolling box (wide tables on small screens). */
  scroll?: boolean;
  /** On the outermost element (the scrolling box, or else the table). */
  className?: string;
  variant?: "compact" | "list";
}) {
  const list = variant === "list";
  if (rows.length === 0 && empty != null) return <p className="text-sm text-slate-600">{empty}</p>;
  const table = (
    <table className={cn("min-w-full text-sm", list && "divide-y divide-slate-200", !scroll && className)}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead className={list ? "bg-slate-50 text-left text-slate-700" : "text-left text-slate-600"}>
        <tr>
          {columns.map((c, i) => (
            <th
              key={i}
              scope="col"
              className={cn(
                list ? "px-3 py-2" : "py-1",
                !list && !(c.flush ?? i === columns.length - 1) && "pr-3",
                c.numeric && "text-right",
              )}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">{rows.map(children)}</tbody>
      {footer ? <tfoot className="border-t-2 border-slate-300 font-semibold">{footer}</tfoot> : null}
    </table>
  );
  return scroll ? <div className={cn("overflow-x-auto", className)}>{table}</div> : table;
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
