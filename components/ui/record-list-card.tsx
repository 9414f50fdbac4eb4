import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A form behind its link ("Ubah", "Catat …"): closed until the reader asks for it. */
function FormDisclosure({
  label,
  strong,
  className,
  children,
}: {
  label: string;
  strong?: boolean;
  className: string;
  children: ReactNode;
}) {
  return (
    <details className={className}>
      <summary className={strong ? "cursor-pointer text-sm font-medium text-emerald-800" : "cursor-pointer text-sm text-emerald-800"}>
        {label}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/**
 * A card of records that are not a table (agreements, joint programmes): each record a
 * box, with its edit form behind a link when `edit` is given, and the form for a new
 * record under the list when `create` is given.
 */
export function RecordListCard<T extends { id: string }>({
  title,
  records,
  empty,
  listLabel,
  itemTestId,
  children,
  edit,
  create,
}: {
  title: string;
  records: readonly T[];
  empty: ReactNode;
  /** The list's accessible name, when it needs one besides the card's heading. */
  listLabel?: string;
  itemTestId?: string;
  /** What the box shows of a record. */
  children: (record: T) => ReactNode;
  edit?: { label: string; form: (record: T) => ReactNode };
  create?: { label: string; form: ReactNode };
}) {
  return (
    <Card title={title} className="mt-4">
      {records.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="space-y-3" aria-label={listLabel}>
          {records.map((r) => (
            <li key={r.id} className="rounded border border-slate-200 p-3" data-testid={itemTestId}>
              {children(r)}
              {edit ? (
                <FormDisclosure label={edit.label} className="mt-2">
                  {edit.form(r)}
                </FormDisclosure>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {create ? (
        <FormDisclosure label={create.label} strong className="mt-4">
          {create.form}
        </FormDisclosure>
      ) : null}
    </Card>
  );
}
