"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { cancelPlanFormAction, planSupportFormAction } from "@/lib/support/actions";

/** One recommended service or channel, turned into a planned action by one click (a provider may be named for a service). */
export function PlanRecommendationForm({
  clusterId,
  diagnosisId,
  kind,
  code,
  label,
  providers,
}: {
  clusterId: string;
  diagnosisId: string | null;
  kind: "SERVICE" | "FINANCING";
  code: string;
  label: string;
  providers: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("support.cluster");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(planSupportFormAction, {});
  const { field } = bindFields<"providerId">(state, {}, `plan-${kind}-${code}`);
  return (
    <form noValidate action={formAction} className="flex flex-wrap items-center gap-2" aria-label={t("planThis", { name: label })}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="w-full" />
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="diagnosisId" value={diagnosisId ?? ""} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name={kind === "SERVICE" ? "service" : "channel"} value={code} />
      <span className="w-full text-sm sm:w-80">{label}</span>
      {kind === "SERVICE" ? (
        <SelectField
          label={t("provider")}
          {...field("providerId")}
          hideLabel
          blank={t("anyProvider")}
          options={providers.map((p) => ({ value: p.id, label: p.name }))}
          className="px-2 py-1"
        />
      ) : null}
      <Button type="submit" variant="secondary" className="px-2 py-1" disabled={pending}>
        {t("plan")}
      </Button>
      <div className="w-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function CancelPlanButton({ id, version, label }: { id: string; version: number; label: string }) {
  const t = useTranslations("support.cluster");
  const [state, formAction, pending] = useActionState<ActionState, FormData>(cancelPlanFormAction, {});
  return (
    <form noValidate action={formAction} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={`${t("cancelPlan")}: ${label}`}>
        {t("cancelPlan")}
      </Button>
      {state.formError ? <span className="text-xs text-red-700">{state.formError}</span> : null}
    </form>
  );
}
