"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { DateField } from "@/components/forms/date-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { bindFields } from "@/components/ui/bind-fields";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import type { ActionState } from "@/lib/forms/action-state";
import { saveJointProgrammeAction } from "@/lib/providers/actions";
import { AGENDA_STATUSES } from "@/lib/monitoring/codes";
import type { JointProgrammeFormValues } from "@/lib/providers/schema";

/**
 * A joint programme with another BDS provider: new (choose the partner) or an edit of
 * one (the partner is fixed). `prefix` keeps the ids unique when a page shows several.
 */
export function JointProgrammeForm({
  initial,
  partners,
  prefix,
}: {
  initial: JointProgrammeFormValues;
  /** Other providers to choose from (new programme), or the one partner (edit). */
  partners: Array<{ id: string; name: string }>;
  prefix: string;
}) {
  const t = useTranslations("support.providers.joint");
  const ts = useTranslations("monitoring.statuses");
  const [state, action, pending] = useActionState<ActionState, FormData>(saveJointProgrammeAction, {});
  const { field } = bindFields(state, initial);
  const id = (name: Parameters<typeof field>[0]) => ({ ...field(name), id: `${prefix}-${name}` });
  const isEdit = Boolean(initial.id);
  return (
    <form
      noValidate
      action={action}
      className="grid gap-3 sm:grid-cols-2"
      aria-label={isEdit ? t("editTitle", { name: initial.name ?? "" }) : t("newTitle")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="id" value={initial.id ?? ""} />
      <input type="hidden" name="version" value={initial.version ?? ""} />
      <input type="hidden" name="providerId" value={initial.providerId} />
      {isEdit ? (
        <input type="hidden" name="partnerId" value={initial.partnerId} />
      ) : (
        <SelectField
          label={t("partner")}
          blank="—"
          options={partners.map((p) => ({ value: p.id, label: p.name }))}
          required
          {...id("partnerId")}
        />
      )}
      <TextField label={t("name")} required maxLength={200} {...id("name")} />
      <DateField label={t("startedOn")} {...id("startedOn")} />
      <SelectField label={t("status")} options={AGENDA_STATUSES.map((s) => ({ value: s, label: ts(s) }))} {...id("status")} />
      <div className="sm:col-span-2">
        <TextField label={t("note")} maxLength={1000} {...id("note")} />
      </div>
      <FormActions className="sm:col-span-2" label={isEdit ? t("save") : t("create")} pending={pending} state={state} />
    </form>
  );
}
