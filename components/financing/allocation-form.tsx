"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { useSupportForm } from "@/components/support/use-support-form";
import { createAllocationAction } from "@/lib/financing/actions";

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
  const { state, formAction, pending, values: v, errors: e, formKey, field } = useSupportForm(createAllocationAction);
  const [channelId, setChannelId] = useState(v.channelId ?? channels[0]?.id ?? "");
  const channel = channels.find((c) => c.id === channelId);
  const choices = institutions.filter((i) => !channel || i.type === channel.channel);
  return (
    <form noValidate action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-4" aria-label={t("newAllocation")}>
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
        id="alloc-institution"
        label={t("institution")}
        {...field("institutionId")}
        blank="—"
        options={choices.map((i) => ({ value: i.id, label: i.label }))}
        required
      />
      <TextField
        id="alloc-amount"
        label={t("amount")}
        inputMode="numeric"
        hint={channel?.standardAmount ? t("standardHint", { amount: channel.standardAmount }) : t("rupiahHint")}
        {...field("amount", channel?.standardAmount ?? "")}
        required
      />
      <DateField id="alloc-date" label={t("date")} {...field("allocatedOn", today)} required />
      <FormActions className="sm:col-span-4" label={t("allocate")} pending={pending} state={state} />
    </form>
  );
}
