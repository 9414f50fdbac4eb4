"use client";

import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { bindFields } from "@/components/ui/bind-fields";
import { TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import type { ActionState } from "@/lib/forms/action-state";
import { reverseDeliveryAction } from "@/lib/providers/actions";
import type { ReverseDeliveryFormValues } from "@/lib/providers/schema";

/**
 * A correction of one service delivery, folded away behind "Reverse": the reason
 * (kept beside the delivery and in the audit trail), the date, and optionally the
 * corrected fee, later financing or participant count, recorded in the same
 * transaction as the reversal (what is left empty keeps the original's).
 */
export function ReverseDeliveryForm({
  deliveryId,
  providerId,
  label,
  today,
}: {
  deliveryId: string;
  providerId: string;
  /** What the delivery is, for the form's accessible name (service, centre, date). */
  label: string;
  today: string;
}) {
  const t = useTranslations("ledger");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(reverseDeliveryAction, {});
  const { field } = bindFields<keyof ReverseDeliveryFormValues>(state, { reversedOn: today });
  // Ids unique on the page: one form per delivery.
  const id = (name: string) => `rev-${deliveryId}-${name}`;
  const name = t("reverseEntry", { entry: `${t("deliveries.entry")} ${label}` });
  return (
    <details className="text-sm">
      <summary className={cn(buttonClass("danger-outline", "sm"), "cursor-pointer list-none")} aria-label={name}>
        {t("reverse")}
      </summary>
      <form noValidate action={formAction} className="mt-2 grid w-72 gap-2" aria-label={name}>
        <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
        <input type="hidden" name="deliveryId" value={deliveryId} />
        <input type="hidden" name="providerId" value={providerId} />
        <TextField label={t("reason")} hint={t("reasonHint")} {...field("reason")} id={id("reason")} required maxLength={500} />
        <DateField label={t("reversedOn")} {...field("reversedOn")} id={id("date")} required />
        <p className="text-xs text-slate-600">{t("deliveries.correctedHint")}</p>
        <TextField label={t("deliveries.correctedFee")} inputMode="numeric" {...field("correctedFee")} id={id("fee")} />
        <TextField
          label={t("deliveries.correctedLaterFinancing")}
          inputMode="numeric"
          {...field("correctedLaterFinancing")}
          id={id("later")}
        />
        <TextField
          label={t("deliveries.correctedParticipants")}
          inputMode="numeric"
          {...field("correctedParticipants")}
          id={id("participants")}
        />
        <FormActions label={t("confirm")} pending={pending} state={state} variant="danger" />
      </form>
    </details>
  );
}
