"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AreaPicker } from "@/components/registry/area-picker";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createClusterAction, updateClusterAction } from "@/lib/clusters/actions";
import { bindFields } from "@/components/ui/bind-fields";
import type { ClusterFormValues } from "@/lib/clusters/schema";
import type { ActionState } from "@/lib/forms/action-state";

export function ClusterForm({
  initial,
  areaLabels,
  provinces,
  providers,
}: {
  initial: ClusterFormValues;
  areaLabels?: Record<string, string>;
  provinces: Array<{ code: string; name: string }>;
  providers: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("registry");
  const tc = useTranslations("common");
  const isEdit = Boolean(initial.id);
  const [state, action, pending] = useActionState<ActionState, FormData>(isEdit ? updateClusterAction : createClusterAction, {});
  // After a failed submit the form shows what the user typed, not the saved record.
  const { values: v, errors: e, field: bind } = bindFields(state, initial);
  const field = (name: keyof ClusterFormValues & string, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField label={t(`fields.${name}`)} {...bind(name)} {...props} />
  );
  return (
    <form noValidate action={action} className="flex flex-col gap-6">
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      {isEdit ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("sectionIdentity")}</legend>
        {field("name", { required: true, maxLength: 200 })}
        {field("commodity", { required: true, maxLength: 120 })}
        {field("kbliCode", { inputMode: "numeric", maxLength: 5, hint: t("kbliHint") })}
        {field("yearEstablished", { inputMode: "numeric" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("sectionLocation")}</legend>
        <AreaPicker
          provinces={provinces}
          initial={{
            provinceCode: v.provinceCode,
            regencyCode: v.regencyCode,
            districtCode: v.districtCode,
            villageCode: v.villageCode,
            labels: areaLabels,
          }}
          errors={e}
        />
        {field("latitude", { inputMode: "decimal", hint: t("coordinateHint") })}
        {field("longitude", { inputMode: "decimal" })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold">{t("sectionEconomy")}</legend>
        {field("workerCount", { inputMode: "numeric", required: true })}
        {field("productionVolume", { inputMode: "numeric" })}
        {field("productionUnit", { maxLength: 40 })}
        {field("productionValue", { inputMode: "numeric", hint: t("rupiahHint") })}
        {field("exportSharePct", { inputMode: "numeric", hint: t("percentHint") })}
        {field("localMaterialSharePct", { inputMode: "numeric", hint: t("percentHint") })}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">{t("sectionSupport")}</legend>
        {field("contactName", { maxLength: 120 })}
        {field("contactPhone", { inputMode: "tel" })}
        <SelectField
          id="bdsProviderId"
          name="bdsProviderId"
          label={t("fields.bdsProviderId")}
          defaultValue={v.bdsProviderId ?? ""}
          errors={e.bdsProviderId}
          options={[{ value: "", label: tc("none") }, ...providers.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="notes" className="text-sm font-medium text-slate-800">
            {t("fields.notes")}
          </label>
          <textarea
            id="notes"
            name="notes"
            rows={4}
            maxLength={2000}
            defaultValue={v.notes ?? ""}
            aria-invalid={e.notes ? true : undefined}
            aria-describedby={e.notes ? "notes-error" : undefined}
            className="rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {e.notes ? (
            <p id="notes-error" className="text-sm text-red-700">
              {e.notes.join(" ")}
            </p>
          ) : null}
        </div>
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {isEdit ? tc("save") : t("createCluster")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
