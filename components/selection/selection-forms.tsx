"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { toFormValues } from "@/lib/forms/values";
import { decideDesignationAction, setJudgementAction, updateSettingsAction } from "@/lib/selection/actions";

export function SettingsForm({
  settings,
}: {
  settings: { weightMarket: number; weightEmployment: number; weightLocal: number; judgementShare: number; version: number };
}) {
  const t = useTranslations("selection");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState<ActionState, FormData>(updateSettingsAction, {});
  const { field } = bindFields(state, toFormValues<keyof typeof settings>(settings));
  return (
    <form noValidate action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end">
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="version" value={settings.version} />
      {(["weightMarket", "weightEmployment", "weightLocal", "judgementShare"] as const).map((name) => (
        <TextField key={name} label={t(`settings.${name}`)} {...field(name)} inputMode="numeric" />
      ))}
      <Button type="submit" disabled={pending}>
        {tc("save")}
      </Button>
      <div className="sm:col-span-5">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

const LEVELS = ["", "1", "2", "3", "4", "5"];

export function JudgementForm({
  cluster,
}: {
  cluster: {
    id: string;
    version: number;
    judgementMarket: number | null;
    judgementEmployment: number | null;
    judgementLocal: number | null;
    judgementNote: string | null;
  };
}) {
  const t = useTranslations("selection");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState<ActionState, FormData>(setJudgementAction, {});
  const { field } = bindFields(state, toFormValues<keyof typeof cluster>(cluster));
  const options = LEVELS.map((l) => ({ value: l, label: l ? t(`level.${l}`) : t("noJudgement") }));
  return (
    <form noValidate action={action} className="grid gap-3 sm:grid-cols-3">
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="clusterId" value={cluster.id} />
      <input type="hidden" name="version" value={cluster.version} />
      <SelectField label={t("criteria.market")} {...field("judgementMarket")} options={options} />
      <SelectField label={t("criteria.employment")} {...field("judgementEmployment")} options={options} />
      <SelectField label={t("criteria.local")} {...field("judgementLocal")} options={options} />
      <div className="sm:col-span-3">
        <TextField label={t("note")} {...field("judgementNote")} maxLength={2000} />
      </div>
      <div className="flex items-center gap-4 sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {tc("save")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function DesignationForm({ cluster }: { cluster: { id: string; version: number; isDesignated: boolean } }) {
  const t = useTranslations("selection");
  const [state, action, pending] = useActionState<ActionState, FormData>(decideDesignationAction, {});
  const { field } = bindFields<"reason">(state, {});
  return (
    <form noValidate action={action} className="grid gap-3">
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="clusterId" value={cluster.id} />
      <input type="hidden" name="version" value={cluster.version} />
      <input type="hidden" name="isDesignated" value={cluster.isDesignated ? "false" : "true"} />
      <TextField label={t("reason")} hint={t("reasonHint")} {...field("reason")} required maxLength={1000} />
      <div className="flex items-center gap-4">
        <Button type="submit" variant={cluster.isDesignated ? "danger" : "primary"} disabled={pending}>
          {cluster.isDesignated ? t("undesignate") : t("designate")}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
