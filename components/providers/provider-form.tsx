"use client";

import { DateField } from "@/components/forms/date-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ProvinceField } from "@/components/forms/province-field";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField, VersionFields } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { bindFields } from "@/components/ui/bind-fields";
import { BDS_SERVICES } from "@/lib/support/codes";
import type { ActionState } from "@/lib/forms/action-state";
import { toFormValues } from "@/lib/forms/values";
import { createProviderAction, updateProviderAction } from "@/lib/providers/actions";

const ACCREDITATION = ["NONE", "IN_PROGRESS", "ACCREDITED"] as const;

export interface ProviderFormValue {
  id: string;
  version: number;
  name: string;
  legalForm: string | null;
  provinceCode: string;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  accreditationStatus: string;
  accreditationBody: string | null;
  networkName: string | null;
  /** YYYY-MM-DD. */
  accreditedOn: string | null;
  accreditationExpiresOn: string | null;
  /** One text: memberships separated by semicolons. */
  networkMemberships: string;
  services: string[];
}

export function ProviderForm({ provinces, provider }: { provinces: Array<{ code: string; name: string }>; provider?: ProviderFormValue }) {
  const t = useTranslations("support.providers.form");
  const ts = useTranslations("support.services");
  const ta = useTranslations("support.accreditation");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(provider ? updateProviderAction : createProviderAction, {});
  const p = provider ? "prov-edit" : "prov-new";
  const { errors: e, field } = bindFields(state, toFormValues<keyof ProviderFormValue>({ accreditationStatus: "NONE", ...provider }), p);
  // After an error the browser's checked boxes are gone with the re-render; keep the provider's own list.
  const services = provider?.services ?? [];
  return (
    <form
      noValidate
      action={formAction}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      aria-label={provider ? t("editTitle") : t("newTitle")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <VersionFields record={provider} />
      <TextField label={t("name")} {...field("name")} required maxLength={160} />
      <TextField label={t("legalForm")} {...field("legalForm")} maxLength={60} />
      <ProvinceField label={t("province")} {...field("provinceCode")} provinces={provinces} required />
      <TextField label={t("address")} {...field("address")} maxLength={300} />
      <TextField label={t("contactName")} {...field("contactName")} maxLength={120} />
      <TextField label={t("contactPhone")} {...field("contactPhone")} maxLength={40} />
      <TextField type="email" label={t("contactEmail")} {...field("contactEmail")} />
      <SelectField
        label={t("accreditationStatus")}
        {...field("accreditationStatus")}
        options={ACCREDITATION.map((a) => ({ value: a, label: ta(a) }))}
      />
      <TextField label={t("accreditationBody")} {...field("accreditationBody")} maxLength={160} />
      <DateField label={t("accreditedOn")} {...field("accreditedOn")} />
      <DateField label={t("accreditationExpiresOn")} {...field("accreditationExpiresOn")} />
      <TextField label={t("networkName")} hint={t("networkHint")} {...field("networkName")} maxLength={160} />
      <TextField label={t("networkMemberships")} hint={t("networkMembershipsHint")} {...field("networkMemberships")} maxLength={3400} />
      <div className="sm:col-span-2 lg:col-span-3">
        <CheckboxGroup
          id={`${p}-services`}
          name="services"
          legend={t("services")}
          options={BDS_SERVICES.map((s) => ({ value: s, label: ts(s) }))}
          defaultChecked={services}
          errors={e.services}
          columns={2}
        />
      </div>
      <FormActions className="sm:col-span-2 lg:col-span-3" label={provider ? t("save") : t("create")} pending={pending} state={state} />
    </form>
  );
}
