"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ReversalForm } from "@/components/support/reversal-form";
import { bindFields } from "@/components/ui/bind-fields";
import { TextField } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/action-state";
import { reverseDeliveryAction } from "@/lib/providers/actions";
import type { ReverseDeliveryFormValues } from "@/lib/providers/schema";

/**
 * A correction of one service delivery: the reversal, and optionally the corrected fee,
 * later financing or participant count, recorded in the same transaction (what is left
 * empty keeps the original's).
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
  return (
    <ReversalForm
      name={t("reverseEntry", { entry: `${t("deliveries.entry")} ${label}` })}
      action={formAction}
      state={state}
      pending={pending}
      hidden={{ deliveryId, providerId }}
      reason={{ ...field("reason"), id: id("reason") }}
      reversedOn={{ ...field("reversedOn"), id: id("date") }}
    >
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
    </ReversalForm>
  );
}
