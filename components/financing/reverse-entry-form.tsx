"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ReversalForm } from "@/components/support/reversal-form";
import { TextField } from "@/components/ui/field";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { reverseEntryAction } from "@/lib/financing/actions";
import type { LedgerEntryKind, ReverseEntryFormValues } from "@/lib/financing/schema";

/**
 * A correction of one ledger entry: the reversal, and optionally the corrected amount,
 * recorded in the same transaction.
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
  return (
    <ReversalForm
      name={t("reverseEntry", { entry: `${t(`kinds.${kind}`)} ${label}` })}
      action={formAction}
      state={state}
      pending={pending}
      hidden={{ kind, entryId, institutionId }}
      reason={field("reason")}
      reversedOn={field("reversedOn")}
    >
      <TextField label={t("correctedAmount")} hint={t("correctedHint")} inputMode="numeric" {...field("correctedAmount")} />
    </ReversalForm>
  );
}
