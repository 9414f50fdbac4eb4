"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";
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
  const control = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
  const errors = Object.values(updateState.fieldErrors ?? {}).flat();
  return (
    <div className="flex flex-col gap-2">
      <form noValidate action={update} className="flex flex-wrap items-center gap-2" aria-label={`${t("changeRole")} ${user.email}`}>
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="version" value={user.version} />
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {t("role")}
        </label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className={control}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`provider-${user.id}`}>
          {t("provider")}
        </label>
        <select id={`provider-${user.id}`} name="bdsProviderId" defaultValue={user.bdsProviderId ?? ""} className={control}>
          <option value="">{t("noProvider")}</option>
          {providers.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" name="isActive" defaultChecked={user.isActive} />
          {tc("active")}
        </label>
        <Button type="submit" variant="secondary" disabled={updating}>
          {tc("save")}
        </Button>
      </form>
      {errors.length ? <p className="text-sm text-red-700">{errors.join(" ")}</p> : null}
      <FormStatus state={updateState} />
      <form noValidate action={reset} className="flex flex-wrap items-center gap-2" aria-label={`${t("resetPassword")} ${user.email}`}>
        <input type="hidden" name="id" value={user.id} />
        <label className="sr-only" htmlFor={`pw-${user.id}`}>
          {t("newPassword")}
        </label>
        <input
          id={`pw-${user.id}`}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          placeholder={t("newPassword")}
          className={control}
          aria-invalid={resetState.fieldErrors?.newPassword ? true : undefined}
        />
        <Button type="submit" variant="secondary" disabled={resetting}>
          {t("resetPassword")}
        </Button>
      </form>
      {resetState.fieldErrors?.newPassword ? <p className="text-sm text-red-700">{resetState.fieldErrors.newPassword.join(" ")}</p> : null}
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
