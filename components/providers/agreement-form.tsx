"use client";

import { DateField } from "@/components/forms/date-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField, VersionFields } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { toFormValues } from "@/lib/forms/values";
import { createAgreementAction, updateAgreementAction } from "@/lib/providers/actions";

export interface AgreementFormValue {
  id: string;
  version: number;
  year: number;
  number: string | null;
  signedOn: string | null;
  sponsorName: string | null;
  notes: string | null;
  clusterIds: string[];
}

export function AgreementForm({
  providerId,
  clusters,
  agreement,
}: {
  providerId: string;
  clusters: Array<{ id: string; name: string; isDesignated: boolean }>;
  agreement?: AgreementFormValue;
}) {
  const t = useTranslations("support.providers.agreement");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(agreement ? updateAgreementAction : createAgreementAction, {});
  const p = agreement ? `agr-${agreement.id}` : "agr-new";
  const { errors: e, field } = bindFields(state, toFormValues<keyof AgreementFormValue>({ ...agreement }), p);
  return (
    <form
      noValidate
      action={formAction}
      className="grid gap-3 sm:grid-cols-4"
      aria-label={agreement ? t("editTitle", { year: agreement.year }) : t("newTitle")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="providerId" value={providerId} />
      <VersionFields record={agreement} />
      <TextField label={t("year")} inputMode="numeric" {...field("year")} required />
      <TextField label={t("number")} {...field("number")} maxLength={80} />
      <DateField label={t("signedOn")} {...field("signedOn")} />
      <TextField label={t("sponsor")} hint={t("sponsorHint")} {...field("sponsorName")} maxLength={160} />
      <div className="sm:col-span-4">
        <CheckboxGroup
          id={`${p}-clusters`}
          name="clusterIds"
          legend={t("clusters")}
          options={clusters.map((c) => ({ value: c.id, label: c.isDesignated ? `${c.name} ★` : c.name }))}
          defaultChecked={agreement?.clusterIds ?? []}
          errors={e.clusterIds}
          columns={3}
        />
        <p className="mt-1 text-xs text-slate-600">{t("designatedHint")}</p>
      </div>
      <div className="sm:col-span-4">
        <TextField label={t("notes")} {...field("notes")} maxLength={1000} />
      </div>
      <FormActions
        className="sm:col-span-4"
        variant={agreement ? "secondary" : "primary"}
        label={agreement ? t("save") : t("create")}
        pending={pending}
        state={state}
      />
    </form>
  );
}
