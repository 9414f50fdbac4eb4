"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MoveTargetPicker } from "@/components/smes/move-target-picker";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";
import { moveSmeAction } from "@/lib/smes/actions";

export function MoveSmeForm({ id, version, clusterId }: { id: string; version: number; clusterId: string }) {
  const t = useTranslations("smes");
  const [state, action, pending] = useActionState<ActionState, FormData>(moveSmeAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form noValidate action={action} className="grid gap-3">
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <MoveTargetPicker name="toClusterId" excludeId={clusterId} label={t("moveTo")} errors={e.toClusterId} />
      <div className="grid gap-3 sm:grid-cols-3 sm:items-end">
        <div className="sm:col-span-2">
          <TextField id="reason" name="reason" label={t("moveReason")} errors={e.reason} maxLength={500} />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("move")}
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
