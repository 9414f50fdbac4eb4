"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, VersionFields } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { FormStatus } from "@/components/ui/form-status";
import { useSupportForm } from "@/components/support/use-support-form";
import { FINANCING_CHANNELS } from "@/lib/support/codes";
import { createDisbursementAction, createInstitutionAction, createRepaymentAction, updateInstitutionAction } from "@/lib/financing/actions";

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
  const { state, formAction, pending, formKey, field } = useSupportForm(institution ? updateInstitutionAction : createInstitutionAction);
  const p = institution ? "inst-edit" : "inst-new";
  return (
    <form
      noValidate
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-4"
      aria-label={institution ? t("editInstitution") : t("newInstitution")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <VersionFields record={institution} />
      <SelectField
        id={`${p}-type`}
        label={t("type")}
        {...field("type", institution?.type)}
        options={FINANCING_CHANNELS.map((c) => ({ value: c, label: tc(c) }))}
      />
      <TextField id={`${p}-name`} label={t("institutionName")} {...field("name", institution?.name)} required maxLength={160} />
      <SelectField
        id={`${p}-province`}
        label={t("province")}
        {...field("provinceCode", institution?.provinceCode ?? "")}
        blank="—"
        options={provinces.map((x) => ({ value: x.code, label: x.name }))}
        required
      />
      <SelectField
        id={`${p}-cluster`}
        label={t("servesCluster")}
        {...field("clusterId", institution?.clusterId ?? "")}
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
  const { state, formAction, pending, formKey, field } = useSupportForm(createDisbursementAction);
  return (
    <form noValidate action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-3" aria-label={t("newDisbursement")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="institutionId" value={institutionId} />
      <div className="sm:col-span-2">
        <SelectField
          id="disb-sme"
          label={t("sme")}
          {...field("smeId", "")}
          blank="—"
          options={smes.map((s) => ({ value: s.id, label: s.label }))}
          required
        />
      </div>
      <TextField id="disb-amount" label={t("amount")} inputMode="numeric" hint={t("rupiahHint")} {...field("amount")} required />
      <DateField id="disb-date" label={t("date")} {...field("disbursedOn", today)} required />
      <TextField id="disb-term" label={t("termMonths")} inputMode="numeric" {...field("termMonths", "12")} required />
      <TextField id="disb-purpose" label={t("purpose")} {...field("purpose")} required maxLength={300} />
      <FormActions className="sm:col-span-3" label={t("disburse")} pending={pending} state={state} />
    </form>
  );
}

export function RepaymentForm({ disbursementId, label, today }: { disbursementId: string; label: string; today: string }) {
  const t = useTranslations("support.financing.form");
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(createRepaymentAction);
  // One line in the ledger, answered like every other form: the message beside its field
  // and a focused summary whose links reach the fields.
  return (
    <form noValidate action={formAction} key={formKey} className="flex flex-wrap items-start gap-2" aria-label={`${t("repay")}: ${label}`}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="w-full" />
      <input type="hidden" name="disbursementId" value={disbursementId} />
      <TextField
        id={`rep-amount-${disbursementId}`}
        name="amount"
        label={t("amount")}
        hideLabel
        inputMode="numeric"
        placeholder={t("amount")}
        defaultValue={v.amount}
        errors={e.amount}
        className="w-32 px-2 py-1"
        required
      />
      <DateField
        id={`rep-date-${disbursementId}`}
        name="paidOn"
        label={t("date")}
        defaultValue={v.paidOn ?? today}
        errors={e.paidOn}
        hideLabel
        className="px-2 py-1"
        required
      />
      <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending}>
        {t("repay")}
      </Button>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}
