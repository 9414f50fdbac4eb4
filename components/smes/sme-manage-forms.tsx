"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";
import { archiveSmeAction, moveSmeAction } from "@/lib/smes/actions";

export function MoveSmeForm({ id, version, clusters }: { id: string; version: number; clusters: Array<{ id: string; label: string }> }) {
  const t = useTranslations("smes");
  const [state, action, pending] = useActionState<ActionState, FormData>(moveSmeAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-3 sm:items-end">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="toClusterId"
        name="toClusterId"
        label={t("moveTo")}
        errors={e.toClusterId}
        options={[{ value: "", label: "—" }, ...clusters.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <TextField id="reason" name="reason" label={t("moveReason")} errors={e.reason} maxLength={500} />
      <Button type="submit" variant="secondary" disabled={pending}>{t("move")}</Button>
      <div className="sm:col-span-3">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function ArchiveSmeForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("smes");
  const [state, action, pending] = useActionState<ActionState, FormData>(archiveSmeAction, {});
  return (
    <form
      action={action}
      className="flex items-center gap-3"
      onSubmit={(e) => {
        if (!window.confirm(t("archiveConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger" disabled={pending}>{t("archive")}</Button>
      <FormStatus state={state} />
    </form>
  );
}
