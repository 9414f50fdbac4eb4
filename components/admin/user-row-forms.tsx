"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ActionState } from "@/lib/forms/action-state";
import { bindFields } from "@/components/ui/bind-fields";
import { resetPasswordAction, resetSecondFactorAction, updateUserAction } from "@/lib/users/actions";

interface UserRow {
  id: string;
  email: string;
  role: string;
  isActive: boolean;
  version: number;
  bdsProviderId: string | null;
  totpEnabledAt: Date | null;
}

const ROLES = ["STAFF", "CONSULTANT", "MANAGER", "ADMIN"] as const;

export function UserRowForms({ user, providers }: { user: UserRow; providers: Array<{ id: string; name: string }> }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const [updateState, update, updating] = useActionState<ActionState, FormData>(updateUserAction, {});
  const [resetState, reset, resetting] = useActionState<ActionState, FormData>(resetPasswordAction, {});
  const tm = useTranslations("mfa");
  const [mfaState, resetMfa, resettingMfa] = useActionState<ActionState, FormData>(resetSecondFactorAction, {});
  const { field, errors: updateErrors } = bindFields(
    updateState,
    { role: user.role, bdsProviderId: user.bdsProviderId ?? "" },
    `user-${user.id}`,
  );
  const { field: resetField } = bindFields<"newPassword">(resetState, {}, `pw-${user.id}`);
  return (
    <div className="flex flex-col gap-2">
      <form noValidate action={update} className="flex flex-wrap items-start gap-2" aria-label={`${t("changeRole")} ${user.email}`}>
        <ErrorSummary fieldErrors={updateState.fieldErrors} className="w-full" />
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <SelectField label={t("role")} hideLabel {...field("role")} options={ROLES.map((r) => ({ value: r, label: tr(r) }))} />
        <SelectField
          label={t("provider")}
          hideLabel
          {...field("bdsProviderId")}
          blank={t("noProvider")}
          options={providers.map((p) => ({ value: p.id, label: p.name }))}
        />
        <div className="flex flex-col gap-1">
          <label className="flex min-h-8 items-center gap-1 text-sm">
            <input
              id={`active-${user.id}`}
              type="checkbox"
              name="isActive"
              defaultChecked={user.isActive}
              aria-invalid={updateErrors.isActive ? true : undefined}
              aria-describedby={updateErrors.isActive ? `active-${user.id}-error` : undefined}
            />
            {tc("active")}
          </label>
          {updateErrors.isActive ? (
            <p id={`active-${user.id}-error`} className="text-sm text-red-700">
              {updateErrors.isActive.join(" ")}
            </p>
          ) : null}
        </div>
        <Button type="submit" variant="secondary" disabled={updating}>
          {tc("save")}
        </Button>
      </form>
      <FormStatus state={updateState} />
      <form noValidate action={reset} className="flex flex-wrap items-start gap-2" aria-label={`${t("resetPassword")} ${user.email}`}>
        <ErrorSummary fieldErrors={resetState.fieldErrors} className="w-full" />
        <input type="hidden" name="id" value={user.id} />
        <TextField
          type="password"
          autoComplete="new-password"
          label={t("newPassword")}
          hideLabel
          placeholder={t("newPassword")}
          {...resetField("newPassword")}
        />
        <Button type="submit" variant="secondary" disabled={resetting}>
          {t("resetPassword")}
        </Button>
      </form>
      <FormStatus state={resetState} />
      {user.totpEnabledAt ? (
        <form noValidate action={resetMfa} aria-label={`${tm("resetButton")} ${user.email}`}>
          <input type="hidden" name="id" value={user.id} />
          <Button type="submit" variant="secondary" disabled={resettingMfa}>
            {tm("resetButton")}
          </Button>
        </form>
      ) : null}
      <FormStatus state={mfaState} />
    </div>
  );
}
