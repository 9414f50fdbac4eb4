"use client";

import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { reverseEntryAction } from "@/lib/financing/actions";
import type { LedgerEntryKind, ReverseEntryFormValues } from "@/lib/financing/schema";

/**
 * A correction of one ledger entry, folded away behind "Reverse": the reason (kept
 * beside the entry and in the audit trail), the date, and optionally the corrected
 * amount, recorded in the same transaction as the reversal.
 */
export function ReverseEntryForm({
  kind,
  entryId,
  institutionId,
  label,
  today,
}: {
  kind: LedgerEntryKind;
  entryId: string;
  institutionId: string;
  /** What the entry is, for the form's accessible name (e.g. the SME and amount). */
  label: string;
  today: string;
}) {
  const t = useTranslations("ledger");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(reverseEntryAction, {});
  const { field } = bindFields<keyof ReverseEntryFormValues>(state, { reversedOn: today }, `rev-${entryId}`);
  const name = t("reverseEntry", { entry: `${t(`kinds.${kind}`)} ${label}` });
  return (
    <details className="text-sm">
      <summary className={cn(buttonClass("danger-outline", "sm"), "cursor-pointer list-none")} aria-label={name}>
        {t("reverse")}
      </summary>
      <form noValidate action={formAction} className="mt-2 grid w-72 gap-2" aria-label={name}>
        <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="entryId" value={entryId} />
        <input type="hidden" name="institutionId" value={institutionId} />
        <TextField label={t("reason")} hint={t("reasonHint")} {...field("reason")} required maxLength={500} />
        <DateField label={t("reversedOn")} {...field("reversedOn")} required />
        <TextField label={t("correctedAmount")} hint={t("correctedHint")} inputMode="numeric" {...field("correctedAmount")} />
        <FormActions label={t("confirm")} pending={pending} state={state} variant="danger" />
      </form>
    </details>
  );
}
