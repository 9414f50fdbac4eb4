"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { useSupportForm } from "@/components/support/use-support-form";
import { createProviderAction, updateProviderAction } from "@/lib/providers/actions";

const SERVICES = [
  "INFORMATION",
  "CONSULTATION",
  "TRAINING",
  "MENTORING",
  "BUSINESS_CONTACT",
  "MARKET_ACCESS",
  "CAPITAL_ACCESS",
  "ORGANISATION_MANAGEMENT",
  "TECHNOLOGY",
  "BUSINESS_PROPOSAL",
] as const;
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
  services: string[];
}

export function ProviderForm({ provinces, provider }: { provinces: Array<{ code: string; name: string }>; provider?: ProviderFormValue }) {
  const t = useTranslations("support.providers.form");
  const ts = useTranslations("support.services");
  const ta = useTranslations("support.accreditation");
  const {
    state,
    formAction,
    pending,
    values: v,
    errors: e,
    formKey,
  } = useSupportForm(provider ? updateProviderAction : createProviderAction);
  const p = provider ? "prov-edit" : "prov-new";
  const text = (name: keyof ProviderFormValue) => v[name] ?? (provider?.[name] as string | null | undefined) ?? "";
  // After an error the browser's checked boxes are gone with the re-render; keep the provider's own list.
  const services = provider?.services ?? [];
  return (
    <form
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      aria-label={provider ? t("editTitle") : t("newTitle")}
    >
      {provider ? (
        <>
          <input type="hidden" name="id" value={provider.id} />
          <input type="hidden" name="version" value={provider.version} />
        </>
      ) : null}
      <TextField id={`${p}-name`} name="name" label={t("name")} defaultValue={text("name")} errors={e.name} required maxLength={160} />
      <TextField
        id={`${p}-legal`}
        name="legalForm"
        label={t("legalForm")}
        defaultValue={text("legalForm")}
        errors={e.legalForm}
        maxLength={60}
      />
      <SelectField
        id={`${p}-province`}
        name="provinceCode"
        label={t("province")}
        defaultValue={text("provinceCode")}
        errors={e.provinceCode}
        options={[{ value: "", label: "—" }, ...provinces.map((x) => ({ value: x.code, label: x.name }))]}
        required
      />
      <TextField
        id={`${p}-address`}
        name="address"
        label={t("address")}
        defaultValue={text("address")}
        errors={e.address}
        maxLength={300}
      />
      <TextField
        id={`${p}-contact`}
        name="contactName"
        label={t("contactName")}
        defaultValue={text("contactName")}
        errors={e.contactName}
        maxLength={120}
      />
      <TextField
        id={`${p}-phone`}
        name="contactPhone"
        label={t("contactPhone")}
        defaultValue={text("contactPhone")}
        errors={e.contactPhone}
        maxLength={40}
      />
      <TextField
        id={`${p}-email`}
        name="contactEmail"
        type="email"
        label={t("contactEmail")}
        defaultValue={text("contactEmail")}
        errors={e.contactEmail}
      />
      <SelectField
        id={`${p}-accr`}
        name="accreditationStatus"
        label={t("accreditationStatus")}
        defaultValue={text("accreditationStatus") || "NONE"}
        errors={e.accreditationStatus}
        options={ACCREDITATION.map((a) => ({ value: a, label: ta(a) }))}
      />
      <TextField
        id={`${p}-accr-body`}
        name="accreditationBody"
        label={t("accreditationBody")}
        defaultValue={text("accreditationBody")}
        errors={e.accreditationBody}
        maxLength={160}
      />
      <TextField
        id={`${p}-network`}
        name="networkName"
        label={t("networkName")}
        hint={t("networkHint")}
        defaultValue={text("networkName")}
        errors={e.networkName}
        maxLength={160}
      />
      <div className="sm:col-span-2 lg:col-span-3">
        <CheckboxGroup
          id={`${p}-services`}
          name="services"
          legend={t("services")}
          options={SERVICES.map((s) => ({ value: s, label: ts(s) }))}
          defaultChecked={services}
          errors={e.services}
          columns={2}
        />
      </div>
      <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-3">
        <Button type="submit" disabled={pending}>
          {provider ? t("save") : t("create")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
