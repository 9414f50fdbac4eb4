"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { ProvinceField } from "@/components/forms/province-field";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, VersionFields } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormStatus } from "@/components/ui/form-status";
import { bindFields } from "@/components/ui/bind-fields";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import type { ActionState } from "@/lib/forms/action-state";
import { createDisbursementAction, createInstitutionAction, createRepaymentAction, updateInstitutionAction } from "@/lib/financing/actions";
import type { DisbursementFormValues, RepaymentFormValues } from "@/lib/financing/schema";
import { toFormValues } from "@/lib/forms/values";

export function InstitutionForm({
  provinces,
  clusters,
  institution,
}: {
  provinces: Array<{ code: string; name: string }>;
  clusters: Array<{ id: string; name: string }>;
  institution?: { id: string; version: number; type: string; name: string; provinceCode: string; clusterId: string | null };
}) {
  const t = useTranslations("support.financing.form");
  const tc = useTranslations("support.channels");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(
    institution ? updateInstitutionAction : createInstitutionAction,
    {},
  );
  const { field } = bindFields(
    state,
    toFormValues<"type" | "name" | "provinceCode" | "clusterId">({ ...institution }),
    institution ? "inst-edit" : "inst-new",
  );
  return (
    <form
      noValidate
      action={formAction}
      className="grid gap-3 sm:grid-cols-4"
      aria-label={institution ? t("editInstitution") : t("newInstitution")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <VersionFields record={institution} />
      <SelectField label={t("type")} {...field("type")} options={FINANCING_CHANNELS.map((c) => ({ value: c, label: tc(c) }))} />
      <TextField label={t("institutionName")} {...field("name")} required maxLength={160} />
      <ProvinceField label={t("province")} {...field("provinceCode")} provinces={provinces} required />
      <SelectField
        label={t("servesCluster")}
        {...field("clusterId")}
        blank={t("noCluster")}
        options={clusters.map((c) => ({ value: c.id, label: c.name }))}
      />
      <FormActions className="sm:col-span-4" label={institution ? t("save") : t("createInstitution")} pending={pending} state={state} />
    </form>
  );
}

export function DisbursementForm({
  institutionId,
  smes,
  today,
}: {
  institutionId: string;
  smes: Array<{ id: string; label: string }>;
  today: string;
}) {
  const t = useTranslations("support.financing.form");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createDisbursementAction, {});
  const { field } = bindFields<keyof DisbursementFormValues>(state, { disbursedOn: today, termMonths: "12" }, "disb");
  return (
    <form noValidate action={formAction} className="grid gap-3 sm:grid-cols-3" aria-label={t("newDisbursement")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="institutionId" value={institutionId} />
      <div className="sm:col-span-2">
        <SelectField label={t("sme")} {...field("smeId")} blank="—" options={smes.map((s) => ({ value: s.id, label: s.label }))} required />
      </div>
      <TextField label={t("amount")} inputMode="numeric" hint={t("rupiahHint")} {...field("amount")} required />
      <DateField label={t("date")} {...field("disbursedOn")} id="disb-date" required />
      <TextField label={t("termMonths")} inputMode="numeric" {...field("termMonths")} required />
      <TextField label={t("purpose")} {...field("purpose")} required maxLength={300} />
      <FormActions className="sm:col-span-3" label={t("disburse")} pending={pending} state={state} />
    </form>
  );
}

export function RepaymentForm({ disbursementId, label, today }: { disbursementId: string; label: string; today: string }) {
  const t = useTranslations("support.financing.form");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(createRepaymentAction, {});
  const { field } = bindFields<keyof RepaymentFormValues>(state, { paidOn: today }, `rep-${disbursementId}`);
  // One line in the ledger, answered like every other form: the message beside its field
  // and a focused summary whose links reach the fields.
  return (
    <form noValidate action={formAction} className="flex flex-wrap items-start gap-2" aria-label={`${t("repay")}: ${label}`}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="w-full" />
      <input type="hidden" name="disbursementId" value={disbursementId} />
      <TextField
        label={t("amount")}
        hideLabel
        inputMode="numeric"
        placeholder={t("amount")}
        {...field("amount")}
        className="w-32 px-2 py-1"
        required
      />
      <DateField label={t("date")} {...field("paidOn")} hideLabel className="px-2 py-1" required />
      <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending}>
        {t("repay")}
      </Button>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
