"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { bindFields } from "@/components/ui/bind-fields";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import type { ActionState } from "@/lib/forms/action-state";
import { saveOutcomeAction } from "@/lib/monitoring/actions";
import { type OutcomeFormValues } from "@/lib/monitoring/schema";
import { OUTCOME_SOURCES } from "@/lib/monitoring/codes";

const NUMBER_FIELDS = ["year", "smeCount", "workerCount", "productionValue", "exportValue", "exportSharePct", "averageTurnover"] as const;

/** One year's figures of a sentra: a new year, or (with its version) a correction. */
export function OutcomeForm({ initial }: { initial: OutcomeFormValues }) {
  const t = useTranslations("monitoring.form");
  const ts = useTranslations("monitoring.sources");
  const [state, action, pending] = useActionState<ActionState, FormData>(saveOutcomeAction, {});
  const { field } = bindFields(state, initial);
  return (
    <form noValidate action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={t("outcomeForm")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="clusterId" value={initial.clusterId} />
      <input type="hidden" name="version" value={initial.version ?? ""} />
      {NUMBER_FIELDS.map((name) => (
        <TextField
          key={name}
          label={t(name)}
          inputMode="numeric"
          required={name === "year" || name === "smeCount" || name === "workerCount" || name === "productionValue"}
          {...field(name)}
          id={`outcome-${name}`}
        />
      ))}
      <SelectField
        label={t("source")}
        options={OUTCOME_SOURCES.map((s) => ({ value: s, label: ts(s) }))}
        {...field("source")}
        id="outcome-source"
      />
      <FormActions label={t("saveOutcome")} pending={pending} state={state} className="sm:col-span-2 lg:col-span-4" />
    </form>
  );
}
