"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import type { SmeFormValues } from "@/lib/smes/schema";
import { createSmeAction, updateSmeAction } from "@/lib/smes/actions";

const TEXT_FIELDS = [
  ["businessName", { required: true, maxLength: 200 }],
  ["ownerName", { required: true, maxLength: 120 }],
  ["nib", { inputMode: "numeric", maxLength: 13 }],
  ["legalForm", { maxLength: 60 }],
  ["yearStarted", { inputMode: "numeric" }],
  ["workerCount", { inputMode: "numeric", required: true }],
  ["annualTurnover", { inputMode: "numeric" }],
  ["assets", { inputMode: "numeric" }],
  ["mainProducts", { maxLength: 300 }],
  ["subcontractTo", { maxLength: 200 }],
  ["phone", { inputMode: "tel" }],
] as const;

/** Create (with clusterId) or edit (with id + version) an SME. */
export function SmeForm({ initial }: { initial: SmeFormValues }) {
  const t = useTranslations("smes");
  const tc = useTranslations("common");
  const isEdit = Boolean(initial.id);
  const [state, action, pending] = useActionState<ActionState, FormData>(isEdit ? updateSmeAction : createSmeAction, {});
  // After a failed submit the form shows what the user typed, not the saved record.
  const { values: v, errors: e, field } = bindFields(state, initial);
  return (
    <form noValidate action={action} className="grid gap-4 sm:grid-cols-2">
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      {isEdit ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : (
        <input type="hidden" name="clusterId" value={initial.clusterId} />
      )}
      {TEXT_FIELDS.slice(0, 2).map(([name, props]) => (
        <TextField key={name} label={t(`fields.${name}`)} {...field(name)} {...props} />
      ))}
      <SelectField
        id="ownerGender"
        name="ownerGender"
        label={t("fields.ownerGender")}
        defaultValue={v.ownerGender ?? ""}
        errors={e.ownerGender}
        options={[
          { value: "", label: tc("none") },
          { value: "FEMALE", label: t("gender.FEMALE") },
          { value: "MALE", label: t("gender.MALE") },
        ]}
      />
      {TEXT_FIELDS.slice(2).map(([name, props]) => (
        <TextField
          key={name}
          id={name}
          name={name}
          label={t(`fields.${name}`)}
          defaultValue={v[name] ?? ""}
          errors={e[name]}
          hint={name === "subcontractTo" ? t("subcontractHint") : name === "nib" ? t("nibHint") : undefined}
          {...props}
        />
      ))}
      <div className="flex items-center gap-4 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {isEdit ? tc("save") : t("create")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
