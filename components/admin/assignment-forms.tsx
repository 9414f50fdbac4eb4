"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { assignConsultantAction, unassignConsultantAction } from "@/lib/assignments/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { bindFields } from "@/components/ui/bind-fields";

type Option = { id: string; label: string };

export function AssignForm({
  consultantId,
  consultantName,
  clusters,
}: {
  consultantId: string;
  consultantName: string;
  clusters: Option[];
}) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<ActionState, FormData>(assignConsultantAction, {});
  const { field } = bindFields<"clusterId">(state, {}, `assign-${consultantId}`);
  return (
    <form noValidate action={action} className="flex flex-wrap items-start gap-2" aria-label={`${t("assign")} ${consultantName}`}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="w-full" />
      <input type="hidden" name="consultantId" value={consultantId} />
      <SelectField
        label={t("cluster")}
        {...field("clusterId")}
        hideLabel
        blank="—"
        options={clusters.map((c) => ({ value: c.id, label: c.label }))}
        className="max-w-xs"
        required
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("assign")}
      </Button>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function UnassignButton({ consultantId, clusterId, label }: { consultantId: string; clusterId: string; label: string }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<ActionState, FormData>(unassignConsultantAction, {});
  return (
    <form noValidate action={action} className="inline">
      <input type="hidden" name="consultantId" value={consultantId} />
      <input type="hidden" name="clusterId" value={clusterId} />
      <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={`${t("unassign")}: ${label}`}>
        {t("unassign")}
      </Button>
      {state.formError ? <span className="text-xs text-red-700">{state.formError}</span> : null}
    </form>
  );
}
