"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { useSupportForm } from "@/components/support/use-support-form";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import { createProgrammeAction, saveChannelAction } from "@/lib/financing/actions";

export function ProgrammeForm() {
  const t = useTranslations("support.financing.form");
  const { state, formAction, pending, formKey, field } = useSupportForm(createProgrammeAction);
  return (
    <form noValidate action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-4" aria-label={t("newProgramme")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <div className="sm:col-span-2">
        <TextField id="programme-name" label={t("programmeName")} {...field("name")} required maxLength={160} />
      </div>
      <TextField id="programme-year" label={t("year")} inputMode="numeric" {...field("year")} required />
      <TextField id="programme-budget" label={t("budget")} inputMode="numeric" hint={t("rupiahHint")} {...field("budget")} required />
      <FormActions className="sm:col-span-4" label={t("createProgramme")} pending={pending} state={state} />
    </form>
  );
}

export interface ChannelFormValue {
  id: string;
  version: number;
  channel: string;
  ceiling: string;
  standardAmount: string | null;
  plannedInstitutions: number | null;
  plannedProvinces: number | null;
}

/** Adds a channel (no `channel` given) or edits one. */
export function ChannelForm({ programmeId, channel, taken }: { programmeId: string; channel?: ChannelFormValue; taken: string[] }) {
  const t = useTranslations("support.financing.form");
  const tc = useTranslations("support.channels");
  const { state, formAction, pending, formKey, field } = useSupportForm(saveChannelAction);
  const prefix = channel ? `ch-${channel.id}` : "ch-new";
  const free = FINANCING_CHANNELS.filter((c) => !taken.includes(c));
  if (!channel && free.length === 0) return null;
  return (
    <form
      noValidate
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-5"
      aria-label={channel ? t("editChannel", { channel: tc(channel.channel) }) : t("newChannel")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="id" value={channel?.id ?? ""} />
      <input type="hidden" name="version" value={channel?.version ?? ""} />
      {channel ? (
        <input type="hidden" name="channel" value={channel.channel} />
      ) : (
        <SelectField
          id={`${prefix}-channel`}
          label={t("channel")}
          {...field("channel")}
          options={free.map((c) => ({ value: c, label: tc(c) }))}
        />
      )}
      <TextField id={`${prefix}-ceiling`} label={t("ceiling")} inputMode="numeric" {...field("ceiling", channel?.ceiling)} required />
      <TextField
        id={`${prefix}-standard`}
        label={t("standardAmount")}
        inputMode="numeric"
        {...field("standardAmount", channel?.standardAmount ?? "")}
      />
      <TextField
        id={`${prefix}-pinst`}
        label={t("plannedInstitutions")}
        inputMode="numeric"
        {...field("plannedInstitutions", channel?.plannedInstitutions ?? "")}
      />
      <TextField
        id={`${prefix}-pprov`}
        label={t("plannedProvinces")}
        inputMode="numeric"
        {...field("plannedProvinces", channel?.plannedProvinces ?? "")}
      />
      <FormActions
        className="sm:col-span-5"
        variant={channel ? "secondary" : "primary"}
        label={channel ? t("saveChannel") : t("addChannel")}
        pending={pending}
        state={state}
      />
    </form>
  );
}
