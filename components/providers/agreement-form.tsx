"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { useSupportForm } from "@/components/support/use-support-form";
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
  const {
    state,
    formAction,
    pending,
    values: v,
    errors: e,
    formKey,
  } = useSupportForm(agreement ? updateAgreementAction : createAgreementAction);
  const p = agreement ? `agr-${agreement.id}` : "agr-new";
  return (
    <form
      action={formAction}
      key={formKey}
      className="grid gap-3 sm:grid-cols-4"
      aria-label={agreement ? t("editTitle", { year: agreement.year }) : t("newTitle")}
    >
      <input type="hidden" name="providerId" value={providerId} />
      {agreement ? (
        <>
          <input type="hidden" name="id" value={agreement.id} />
          <input type="hidden" name="version" value={agreement.version} />
        </>
      ) : null}
      <TextField
        id={`${p}-year`}
        name="year"
        label={t("year")}
        inputMode="numeric"
        defaultValue={v.year ?? agreement?.year ?? ""}
        errors={e.year}
        required
      />
      <TextField
        id={`${p}-number`}
        name="number"
        label={t("number")}
        defaultValue={v.number ?? agreement?.number ?? ""}
        errors={e.number}
        maxLength={80}
      />
      <TextField
        id={`${p}-signed`}
        name="signedOn"
        type="date"
        label={t("signedOn")}
        defaultValue={v.signedOn ?? agreement?.signedOn ?? ""}
        errors={e.signedOn}
      />
      <TextField
        id={`${p}-sponsor`}
        name="sponsorName"
        label={t("sponsor")}
        hint={t("sponsorHint")}
        defaultValue={v.sponsorName ?? agreement?.sponsorName ?? ""}
        errors={e.sponsorName}
        maxLength={160}
      />
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
        <TextField
          id={`${p}-notes`}
          name="notes"
          label={t("notes")}
          defaultValue={v.notes ?? agreement?.notes ?? ""}
          errors={e.notes}
          maxLength={1000}
        />
      </div>
      <div className="flex items-center gap-4 sm:col-span-4">
        <Button type="submit" variant={agreement ? "secondary" : "primary"} disabled={pending}>
          {agreement ? t("save") : t("create")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
