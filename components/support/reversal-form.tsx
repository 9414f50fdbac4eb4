"use client";

import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import type { ActionState } from "@/lib/forms/action-state";

interface BoundField {
  id: string;
  name: string;
  defaultValue: string;
  errors?: string[];
}

/**
 * The correction of one ledger entry, folded away behind "Reverse": the entry's ids
 * (`hidden`), the reason (kept beside the entry and in the audit trail), the date, then
 * the corrected values (`children`), recorded in the same transaction as the reversal.
 * Shared by the institution ledger and the provider's delivery log.
 */
export function ReversalForm({
  name,
  action,
  state,
  pending,
  hidden,
  reason,
  reversedOn,
  children,
}: {
  /** The form's accessible name, and its toggle's. */
  name: string;
  action: (formData: FormData) => void;
  state: ActionState;
  pending: boolean;
  hidden: Record<string, string>;
  reason: BoundField;
  reversedOn: BoundField;
  children: ReactNode;
}) {
  const t = useTranslations("ledger");
  return (
    <details className="text-sm">
      <summary className={cn(buttonClass("danger-outline", "sm"), "cursor-pointer list-none")} aria-label={name}>
        {t("reverse")}
      </summary>
      <form noValidate action={action} className="mt-2 grid w-72 gap-2" aria-label={name}>
        <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
        {Object.entries(hidden).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <TextField label={t("reason")} hint={t("reasonHint")} {...reason} required maxLength={500} />
        <DateField label={t("reversedOn")} {...reversedOn} required />
        {children}
        <FormActions label={t("confirm")} pending={pending} state={state} variant="danger" />
      </form>
    </details>
  );
}
