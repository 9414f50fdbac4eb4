"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { bindFields } from "@/components/ui/bind-fields";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import type { ActionState } from "@/lib/forms/action-state";
import { createProgrammeAction, saveChannelAction } from "@/lib/financing/actions";
import type { ProgrammeFormValues } from "@/lib/financing/schema";
import { toFormValues } from "@/lib/forms/values";

export function ProgrammeForm() {
  const t = useTranslations("support.financing.form");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createProgrammeAction, {});
  const { field } = bindFields<keyof ProgrammeFormValues>(state, {}, "programme");
  return (
    <form noValidate action={formAction} className="grid gap-3 sm:grid-cols-4" aria-label={t("newProgramme")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <div className="sm:col-span-2">
        <TextField label={t("programmeName")} {...field("name")} required maxLength={160} />
      </div>
      <TextField label={t("year")} inputMode="numeric" {...field("year")} required />
      <TextField label={t("budget")} inputMode="numeric" hint={t("rupiahHint")} {...field("budget")} required />
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
  const [state, formAction, pending] = useActionState<ActionState, FormData>(saveChannelAction, {});
  const { field } = bindFields(state, toFormValues<keyof ChannelFormValue>({ ...channel }), channel ? `ch-${channel.id}` : "ch-new");
  const free = FINANCING_CHANNELS.filter((c) => !taken.includes(c));
  if (!channel && free.length === 0) return null;
  return (
    <form
      noValidate
      action={formAction}
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
        <SelectField label={t("channel")} {...field("channel")} options={free.map((c) => ({ value: c, label: tc(c) }))} />
      )}
      <TextField label={t("ceiling")} inputMode="numeric" {...field("ceiling")} required />
      <TextField label={t("standardAmount")} inputMode="numeric" {...field("standardAmount")} />
      <TextField label={t("plannedInstitutions")} inputMode="numeric" {...field("plannedInstitutions")} />
      <TextField label={t("plannedProvinces")} inputMode="numeric" {...field("plannedProvinces")} />
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
