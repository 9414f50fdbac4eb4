"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import type { ActionState } from "@/lib/forms/action-state";
import { createUserAction } from "@/lib/users/actions";

const ROLES = ["STAFF", "CONSULTANT", "MANAGER", "ADMIN"] as const;

export function CreateUserForm({ providers }: { providers: Array<{ id: string; name: string }> }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState<ActionState, FormData>(createUserAction, {});
  const v = state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  // A new key after success clears the form.
  return (
    <form
      noValidate
      action={action}
      key={state.ok ? state.message : "form"}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5"
      aria-label={t("createUser")}
    >
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <TextField id="new-name" name="name" label={t("name")} defaultValue={v.name} errors={e.name} required maxLength={120} />
      <TextField id="new-email" name="email" type="email" label={t("email")} defaultValue={v.email} errors={e.email} required />
      <SelectField
        id="new-role"
        name="role"
        label={t("role")}
        defaultValue={v.role ?? "STAFF"}
        errors={e.role}
        options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
      />
      <SelectField
        id="new-provider"
        name="bdsProviderId"
        label={t("provider")}
        defaultValue={v.bdsProviderId ?? ""}
        errors={e.bdsProviderId}
        options={[{ value: "", label: t("noProvider") }, ...providers.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <TextField
        id="new-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("initialPassword")}
        errors={e.password}
        required
      />
      <FormActions className="sm:col-span-2 lg:col-span-5" label={tc("create")} pending={pending} state={state} />
    </form>
  );
}
