"use client";

import { DateField } from "@/components/forms/date-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { SelectField, TextField, VersionFields } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { useSupportForm } from "@/components/support/use-support-form";
import { BDS_SERVICES } from "@/lib/support/codes";
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
  const { state, formAction, pending, errors: e, formKey, field } = useSupportForm(provider ? updateProviderAction : createProviderAction);
  const p = provider ? "prov-edit" : "prov-new";
  const providerField = (name: Exclude<keyof ProviderFormValue, "id" | "version" | "services">) => field(name, provider?.[name] ?? "");
  // After an error the browser's checked boxes are gone with the re-render; keep the provider's own list.
  const services = provider?.services ?? [];
  return (
    <form
      noValidate
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      aria-label={provider ? t("editTitle") : t("newTitle")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <VersionFields record={provider} />
      <TextField id={`${p}-name`} label={t("name")} {...providerField("name")} required maxLength={160} />
      <TextField id={`${p}-legal`} label={t("legalForm")} {...providerField("legalForm")} maxLength={60} />
      <SelectField
        id={`${p}-province`}
        label={t("province")}
        {...providerField("provinceCode")}
        blank="—"
        options={provinces.map((x) => ({ value: x.code, label: x.name }))}
        required
      />
      <TextField id={`${p}-address`} label={t("address")} {...providerField("address")} maxLength={300} />
      <TextField id={`${p}-contact`} label={t("contactName")} {...providerField("contactName")} maxLength={120} />
      <TextField id={`${p}-phone`} label={t("contactPhone")} {...providerField("contactPhone")} maxLength={40} />
      <TextField id={`${p}-email`} type="email" label={t("contactEmail")} {...providerField("contactEmail")} />
      <SelectField
        id={`${p}-accr`}
        label={t("accreditationStatus")}
        {...field("accreditationStatus", provider?.accreditationStatus ?? "NONE")}
        options={ACCREDITATION.map((a) => ({ value: a, label: ta(a) }))}
      />
      <TextField id={`${p}-accr-body`} label={t("accreditationBody")} {...providerField("accreditationBody")} maxLength={160} />
      <DateField id={`${p}-accr-on`} label={t("accreditedOn")} {...providerField("accreditedOn")} />
      <DateField id={`${p}-accr-exp`} label={t("accreditationExpiresOn")} {...providerField("accreditationExpiresOn")} />
      <TextField id={`${p}-network`} label={t("networkName")} hint={t("networkHint")} {...providerField("networkName")} maxLength={160} />
      <TextField
        id={`${p}-networks`}
        label={t("networkMemberships")}
        hint={t("networkMembershipsHint")}
        {...providerField("networkMemberships")}
        maxLength={3400}
      />
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
