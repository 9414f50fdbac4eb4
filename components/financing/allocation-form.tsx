"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { createAllocationAction } from "@/lib/financing/actions";
import type { AllocationFormValues } from "@/lib/financing/schema";

/** An allocation from one of the programme's channels to an institution of that channel's type. */
export function AllocationForm({
  channels,
  institutions,
  today,
}: {
  channels: Array<{ id: string; channel: string; standardAmount: string | null }>;
  institutions: Array<{ id: string; type: string; label: string }>;
  today: string;
}) {
  const t = useTranslations("support.financing.form");
  const tc = useTranslations("support.channels");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createAllocationAction, {});
  // The channel is chosen here (the institutions follow it); an allocation made starts the next one afresh.
  const [channelId, setChannelId] = useState(channels[0]?.id ?? "");
  const [shown, setShown] = useState(state);
  if (shown !== state) {
    setShown(state);
    if (state.ok) setChannelId(channels[0]?.id ?? "");
  }
  const channel = channels.find((c) => c.id === channelId);
  const { errors: e, field } = bindFields<keyof AllocationFormValues>(
    state,
    { amount: channel?.standardAmount ?? "", allocatedOn: today },
    "alloc",
  );
  const choices = institutions.filter((i) => !channel || i.type === channel.channel);
  return (
    <form noValidate action={formAction} className="grid gap-3 sm:grid-cols-4" aria-label={t("newAllocation")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <SelectField
        id="alloc-channel"
        name="channelId"
        label={t("channel")}
        value={channelId}
        onChange={(ev) => setChannelId(ev.target.value)}
        errors={e.channelId}
        options={channels.map((c) => ({ value: c.id, label: tc(c.channel) }))}
      />
      <SelectField
        label={t("institution")}
        {...field("institutionId")}
        blank="—"
        options={choices.map((i) => ({ value: i.id, label: i.label }))}
        required
      />
      <TextField
        label={t("amount")}
        inputMode="numeric"
        hint={channel?.standardAmount ? t("standardHint", { amount: channel.standardAmount }) : t("rupiahHint")}
        {...field("amount")}
        required
      />
      <DateField label={t("date")} {...field("allocatedOn")} required />
      <FormActions className="sm:col-span-4" label={t("allocate")} pending={pending} state={state} />
    </form>
  );
}
