"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { assignConsultantAction, unassignConsultantAction } from "@/lib/assignments/actions";
import type { ActionState } from "@/lib/forms/action-state";

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
  const errors = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form noValidate action={action} className="flex flex-wrap items-center gap-2" aria-label={`${t("assign")} ${consultantName}`}>
      <input type="hidden" name="consultantId" value={consultantId} />
      <label className="sr-only" htmlFor={`assign-${consultantId}`}>
        {t("cluster")}
      </label>
      <select
        id={`assign-${consultantId}`}
        name="clusterId"
        className="max-w-xs rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        required
      >
        <option value="">—</option>
        {clusters.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("assign")}
      </Button>
      {errors.length ? <p className="text-sm text-red-700">{errors.join(" ")}</p> : null}
      <FormStatus state={state} />
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
