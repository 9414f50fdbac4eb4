"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { DateField } from "@/components/forms/date-field";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { recordDeliveryAction } from "@/lib/providers/actions";
import type { DeliveryFormValues } from "@/lib/providers/schema";

/** Logs a service delivered to a centre; the SME list follows the chosen centre. */
export function DeliveryForm({
  providerId,
  services,
  clusters,
  today,
}: {
  providerId: string;
  services: string[];
  clusters: Array<{ id: string; name: string; smes: Array<{ id: string; businessName: string }> }>;
  today: string;
}) {
  const t = useTranslations("support.providers.delivery");
  const ts = useTranslations("support.services");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(recordDeliveryAction, {});
  const { errors: e, field } = bindFields<keyof DeliveryFormValues>(state, { deliveredOn: today }, "del");
  // The centre is chosen here (the SME list follows it); a recorded delivery starts the next one afresh.
  const [clusterId, setClusterId] = useState("");
  const [shown, setShown] = useState(state);
  if (shown !== state) {
    setShown(state);
    if (state.ok) setClusterId("");
  }
  const cluster = clusters.find((c) => c.id === clusterId);
  return (
    <form noValidate action={formAction} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("title")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="providerId" value={providerId} />
      <SelectField
        id="del-cluster"
        name="clusterId"
        label={t("cluster")}
        value={clusterId}
        onChange={(ev) => setClusterId(ev.target.value)}
        errors={e.clusterId}
        blank="—"
        options={clusters.map((c) => ({ value: c.id, label: c.name }))}
        required
      />
      <SelectField
        label={t("service")}
        {...field("service")}
        blank="—"
        options={services.map((s) => ({ value: s, label: ts(s) }))}
        required
      />
      <DateField label={t("date")} {...field("deliveredOn")} required />
      <TextField label={t("participants")} inputMode="numeric" {...field("participantCount")} required />
      <TextField label={t("fee")} inputMode="numeric" hint={t("feeHint")} {...field("feeAmount")} />
      <TextField label={t("laterFinancing")} inputMode="numeric" hint={t("laterHint")} {...field("laterFinancing")} />
      <div className="sm:col-span-2">
        <TextField label={t("notes")} {...field("notes")} maxLength={1000} />
      </div>
      {cluster && cluster.smes.length ? (
        <div className="sm:col-span-2 lg:col-span-4">
          <CheckboxGroup
            id="del-smes"
            name="smeIds"
            legend={t("smes")}
            options={cluster.smes.map((s) => ({ value: s.id, label: s.businessName }))}
            defaultChecked={[]}
            errors={e.smeIds}
            columns={3}
          />
        </div>
      ) : null}
      <FormActions className="sm:col-span-2 lg:col-span-4" label={t("submit")} pending={pending} state={state} />
    </form>
  );
}
