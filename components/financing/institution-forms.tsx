"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useSupportForm } from "@/components/support/use-support-form";
import { createDisbursementAction, createInstitutionAction, createRepaymentAction, updateInstitutionAction } from "@/lib/financing/actions";

const CHANNELS = ["LKM", "KSP_USP", "GUARANTEE", "VENTURE_CAPITAL", "INCUBATOR"] as const;

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
  const {
    state,
    formAction,
    pending,
    values: v,
    errors: e,
    formKey,
  } = useSupportForm(institution ? updateInstitutionAction : createInstitutionAction);
  const p = institution ? "inst-edit" : "inst-new";
  return (
    <form
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-4"
      aria-label={institution ? t("editInstitution") : t("newInstitution")}
    >
      {institution ? (
        <>
          <input type="hidden" name="id" value={institution.id} />
          <input type="hidden" name="version" value={institution.version} />
        </>
      ) : null}
      <SelectField
        id={`${p}-type`}
        name="type"
        label={t("type")}
        defaultValue={v.type ?? institution?.type}
        errors={e.type}
        options={CHANNELS.map((c) => ({ value: c, label: tc(c) }))}
      />
      <TextField
        id={`${p}-name`}
        name="name"
        label={t("institutionName")}
        defaultValue={v.name ?? institution?.name}
        errors={e.name}
        required
        maxLength={160}
      />
      <SelectField
        id={`${p}-province`}
        name="provinceCode"
        label={t("province")}
        defaultValue={v.provinceCode ?? institution?.provinceCode ?? ""}
        errors={e.provinceCode}
        options={[{ value: "", label: "—" }, ...provinces.map((x) => ({ value: x.code, label: x.name }))]}
        required
      />
      <SelectField
        id={`${p}-cluster`}
        name="clusterId"
        label={t("servesCluster")}
        defaultValue={v.clusterId ?? institution?.clusterId ?? ""}
        errors={e.clusterId}
        options={[{ value: "", label: t("noCluster") }, ...clusters.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <div className="flex items-center gap-4 sm:col-span-4">
        <Button type="submit" disabled={pending}>
          {institution ? t("save") : t("createInstitution")}
        </Button>
        <FormStatus state={state} />
      </div>
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
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(createDisbursementAction);
  return (
    <form action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-3" aria-label={t("newDisbursement")}>
      <input type="hidden" name="institutionId" value={institutionId} />
      <div className="sm:col-span-2">
        <SelectField
          id="disb-sme"
          name="smeId"
          label={t("sme")}
          defaultValue={v.smeId ?? ""}
          errors={e.smeId}
          options={[{ value: "", label: "—" }, ...smes.map((s) => ({ value: s.id, label: s.label }))]}
          required
        />
      </div>
      <TextField
        id="disb-amount"
        name="amount"
        label={t("amount")}
        inputMode="numeric"
        hint={t("rupiahHint")}
        defaultValue={v.amount}
        errors={e.amount}
        required
      />
      <TextField
        id="disb-date"
        name="disbursedOn"
        type="date"
        label={t("date")}
        defaultValue={v.disbursedOn ?? today}
        errors={e.disbursedOn}
        required
      />
      <TextField
        id="disb-term"
        name="termMonths"
        label={t("termMonths")}
        inputMode="numeric"
        defaultValue={v.termMonths ?? "12"}
        errors={e.termMonths}
        required
      />
      <TextField
        id="disb-purpose"
        name="purpose"
        label={t("purpose")}
        defaultValue={v.purpose}
        errors={e.purpose}
        required
        maxLength={300}
      />
      <div className="flex items-center gap-4 sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {t("disburse")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function RepaymentForm({ disbursementId, label, today }: { disbursementId: string; label: string; today: string }) {
  const t = useTranslations("support.financing.form");
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(createRepaymentAction);
  const errors = [...(e.amount ?? []), ...(e.paidOn ?? [])];
  return (
    <form action={formAction} key={formKey} className="flex flex-wrap items-end gap-2" aria-label={`${t("repay")}: ${label}`}>
      <input type="hidden" name="disbursementId" value={disbursementId} />
      <label className="sr-only" htmlFor={`rep-amount-${disbursementId}`}>
        {t("amount")}
      </label>
      <input
        id={`rep-amount-${disbursementId}`}
        name="amount"
        inputMode="numeric"
        placeholder={t("amount")}
        defaultValue={v.amount}
        aria-invalid={e.amount ? true : undefined}
        className="w-32 rounded-md border border-slate-300 px-2 py-1 text-sm"
        required
      />
      <label className="sr-only" htmlFor={`rep-date-${disbursementId}`}>
        {t("date")}
      </label>
      <input
        id={`rep-date-${disbursementId}`}
        name="paidOn"
        type="date"
        defaultValue={v.paidOn ?? today}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        required
      />
      <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending}>
        {t("repay")}
      </Button>
      {errors.length ? <p className="w-full text-xs text-red-700">{errors.join(" ")}</p> : <FormStatus state={state} />}
    </form>
  );
}
