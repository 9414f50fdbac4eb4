"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useSupportForm } from "@/components/support/use-support-form";
import { createProgrammeAction, saveChannelAction } from "@/lib/financing/actions";

const CHANNELS = ["LKM", "KSP_USP", "GUARANTEE", "VENTURE_CAPITAL", "INCUBATOR"] as const;

export function ProgrammeForm() {
  const t = useTranslations("support.financing.form");
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(createProgrammeAction);
  return (
    <form action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-4" aria-label={t("newProgramme")}>
      <div className="sm:col-span-2">
        <TextField
          id="programme-name"
          name="name"
          label={t("programmeName")}
          defaultValue={v.name}
          errors={e.name}
          required
          maxLength={160}
        />
      </div>
      <TextField id="programme-year" name="year" label={t("year")} inputMode="numeric" defaultValue={v.year} errors={e.year} required />
      <TextField
        id="programme-budget"
        name="budget"
        label={t("budget")}
        inputMode="numeric"
        hint={t("rupiahHint")}
        defaultValue={v.budget}
        errors={e.budget}
        required
      />
      <div className="flex items-center gap-4 sm:col-span-4">
        <Button type="submit" disabled={pending}>
          {t("createProgramme")}
        </Button>
        <FormStatus state={state} />
      </div>
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
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(saveChannelAction);
  const prefix = channel ? `ch-${channel.id}` : "ch-new";
  const free = CHANNELS.filter((c) => !taken.includes(c));
  if (!channel && free.length === 0) return null;
  return (
    <form
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-5"
      aria-label={channel ? t("editChannel", { channel: tc(channel.channel) }) : t("newChannel")}
    >
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="id" value={channel?.id ?? ""} />
      <input type="hidden" name="version" value={channel?.version ?? ""} />
      {channel ? (
        <input type="hidden" name="channel" value={channel.channel} />
      ) : (
        <SelectField
          id={`${prefix}-channel`}
          name="channel"
          label={t("channel")}
          defaultValue={v.channel}
          errors={e.channel}
          options={free.map((c) => ({ value: c, label: tc(c) }))}
        />
      )}
      <TextField
        id={`${prefix}-ceiling`}
        name="ceiling"
        label={t("ceiling")}
        inputMode="numeric"
        defaultValue={v.ceiling ?? channel?.ceiling}
        errors={e.ceiling}
        required
      />
      <TextField
        id={`${prefix}-standard`}
        name="standardAmount"
        label={t("standardAmount")}
        inputMode="numeric"
        defaultValue={v.standardAmount ?? channel?.standardAmount ?? ""}
        errors={e.standardAmount}
      />
      <TextField
        id={`${prefix}-pinst`}
        name="plannedInstitutions"
        label={t("plannedInstitutions")}
        inputMode="numeric"
        defaultValue={v.plannedInstitutions ?? channel?.plannedInstitutions ?? ""}
        errors={e.plannedInstitutions}
      />
      <TextField
        id={`${prefix}-pprov`}
        name="plannedProvinces"
        label={t("plannedProvinces")}
        inputMode="numeric"
        defaultValue={v.plannedProvinces ?? channel?.plannedProvinces ?? ""}
        errors={e.plannedProvinces}
      />
      <div className="flex items-center gap-4 sm:col-span-5">
        <Button type="submit" variant={channel ? "secondary" : "primary"} disabled={pending}>
          {channel ? t("saveChannel") : t("addChannel")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
