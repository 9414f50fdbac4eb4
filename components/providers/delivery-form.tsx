"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { CheckboxGroup } from "@/components/support/checkbox-group";
import { useSupportForm } from "@/components/support/use-support-form";
import { recordDeliveryAction } from "@/lib/providers/actions";

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
  const { state, formAction, pending, values: v, errors: e, formKey } = useSupportForm(recordDeliveryAction);
  const [clusterId, setClusterId] = useState(v.clusterId ?? "");
  const cluster = clusters.find((c) => c.id === clusterId);
  return (
    <form action={formAction} key={formKey} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("title")}>
      <input type="hidden" name="providerId" value={providerId} />
      <SelectField
        id="del-cluster"
        name="clusterId"
        label={t("cluster")}
        value={clusterId}
        onChange={(ev) => setClusterId(ev.target.value)}
        errors={e.clusterId}
        options={[{ value: "", label: "—" }, ...clusters.map((c) => ({ value: c.id, label: c.name }))]}
        required
      />
      <SelectField
        id="del-service"
        name="service"
        label={t("service")}
        defaultValue={v.service ?? ""}
        errors={e.service}
        options={[{ value: "", label: "—" }, ...services.map((s) => ({ value: s, label: ts(s) }))]}
        required
      />
      <TextField
        id="del-date"
        name="deliveredOn"
        type="date"
        label={t("date")}
        defaultValue={v.deliveredOn ?? today}
        errors={e.deliveredOn}
        required
      />
      <TextField
        id="del-participants"
        name="participantCount"
        label={t("participants")}
        inputMode="numeric"
        defaultValue={v.participantCount ?? ""}
        errors={e.participantCount}
        required
      />
      <TextField
        id="del-fee"
        name="feeAmount"
        label={t("fee")}
        inputMode="numeric"
        hint={t("feeHint")}
        defaultValue={v.feeAmount ?? ""}
        errors={e.feeAmount}
      />
      <TextField
        id="del-later"
        name="laterFinancing"
        label={t("laterFinancing")}
        inputMode="numeric"
        hint={t("laterHint")}
        defaultValue={v.laterFinancing ?? ""}
        errors={e.laterFinancing}
      />
      <div className="sm:col-span-2">
        <TextField id="del-notes" name="notes" label={t("notes")} defaultValue={v.notes ?? ""} errors={e.notes} maxLength={1000} />
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
      <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-4">
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
