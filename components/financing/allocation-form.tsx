"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
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
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(createAllocationAction);
  const [channelId, setChannelId] = useState(v.channelId ?? channels[0]?.id ?? "");
  const channel = channels.find((c) => c.id === channelId);
  const choices = institutions.filter((i) => !channel || i.type === channel.channel);
  return (
    <form action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-4" aria-label={t("newAllocation")}>
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
        name="institutionId"
        label={t("institution")}
        defaultValue={v.institutionId}
        errors={e.institutionId}
        options={[{ value: "", label: "—" }, ...choices.map((i) => ({ value: i.id, label: i.label }))]}
        required
      />
      <TextField
        id="alloc-amount"
        name="amount"
        label={t("amount")}
        inputMode="numeric"
        hint={channel?.standardAmount ? t("standardHint", { amount: channel.standardAmount }) : t("rupiahHint")}
        defaultValue={v.amount ?? channel?.standardAmount ?? ""}
        errors={e.amount}
        required
      />
      <TextField
        id="alloc-date"
        name="allocatedOn"
        type="date"
        label={t("date")}
        defaultValue={v.allocatedOn ?? today}
        errors={e.allocatedOn}
        required
      />
      <div className="flex items-center gap-4 sm:col-span-4">
        <Button type="submit" disabled={pending}>
          {t("allocate")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
