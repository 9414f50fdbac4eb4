import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";
import { SelectControl } from "@/components/ui/select-control";

interface FieldShellProps {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  /** Marks the label (the control carries `required`, so screen readers hear it too). */
  required?: boolean;
  /** Keeps the label for screen readers only (inline one-line forms). */
  hideLabel?: boolean;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

/** Label, control and its error, wired for screen readers. */
export function FieldShell({ id, label, errors, hint, required, hideLabel, children }: FieldShellProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      {/* The mark sits beside the label, not in it: the label's text stays the field's exact name. */}
      <div className={hideLabel ? "sr-only" : "flex items-baseline gap-0.5 text-sm font-medium text-slate-800"}>
        <label htmlFor={id}>{label}</label>
        {required ? (
          <span aria-hidden="true" className="text-red-700" data-required-mark>
            *
          </span>
        ) : null}
      </div>
      {children({ "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const CONTROL =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-600/30 aria-[invalid=true]:border-red-600";

export function TextField({
  id,
  label,
  errors,
  hint,
  hideLabel,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; errors?: string[]; hint?: string; hideLabel?: boolean }) {
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={props.required} hideLabel={hideLabel}>
      {(aria) => <input id={id} className={cn(CONTROL, className)} {...aria} {...props} />}
    </FieldShell>
  );
}

export function SelectField({
  id,
  label,
  errors,
  hint,
  options,
  blank,
  hideLabel,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  hideLabel?: boolean;
  options: Array<{ value: string; label: string }>;
  /** The label of an empty first choice ("nothing chosen yet"), when given. */
  blank?: string;
}) {
  return (
    <FieldShell id={id} label={label} errors={errors} hint={hint} required={props.required} hideLabel={hideLabel}>
      {(aria) => (
        <SelectControl id={id} className={cn(CONTROL, className)} {...aria} {...props}>
          {blank === undefined ? null : <option value="">{blank}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectControl>
      )}
    </FieldShell>
  );
}

/** What an edit form posts back besides its fields: the record's id and the version it was read at. */
export function VersionFields({ record }: { record: { id: string; version: number } | undefined }) {
  return record ? (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
    </>
  ) : null;
}
