"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { bindFields } from "@/components/ui/bind-fields";
import type { ActionState } from "@/lib/forms/action-state";
import { createUserAction } from "@/lib/users/actions";

const ROLES = ["STAFF", "CONSULTANT", "MANAGER", "ADMIN"] as const;

export function CreateUserForm({ providers }: { providers: Array<{ id: string; name: string }> }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState<ActionState, FormData>(createUserAction, {});
  const { field } = bindFields<"name" | "email" | "role" | "bdsProviderId" | "password">(state, { role: "STAFF" }, "new");
  return (
    <form noValidate action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("createUser")}>
      <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
      <TextField label={t("name")} {...field("name")} required maxLength={120} />
      <TextField type="email" label={t("email")} {...field("email")} required />
      <SelectField label={t("role")} {...field("role")} options={ROLES.map((r) => ({ value: r, label: tr(r) }))} />
      <SelectField
        label={t("provider")}
        {...field("bdsProviderId")}
        options={[{ value: "", label: t("noProvider") }, ...providers.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <TextField type="password" autoComplete="new-password" label={t("initialPassword")} {...field("password")} required />
      <FormActions className="sm:col-span-2 lg:col-span-5" label={tc("create")} pending={pending} state={state} />
    </form>
  );
}
