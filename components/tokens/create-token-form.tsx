"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { bindFields } from "@/components/ui/bind-fields";
import { TextField } from "@/components/ui/field";
import { FormActions } from "@/components/ui/form-actions";
import { createTokenAction, type CreateTokenState } from "@/lib/tokens/actions";

const SCOPES = ["read", "smes:write", "outcomes:write"] as const;

/** Creates a token; the secret appears once, under the form, until the page is left. */
export function CreateTokenForm({ maxDays }: { maxDays: number }) {
  const t = useTranslations("api.tokens");
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, {});
  const { errors: e, field } = bindFields<"name" | "expiresInDays">(state, { expiresInDays: "90" }, "token");
  return (
    <div className="flex flex-col gap-4">
      <form
        noValidate
        action={action}
        key={state.ok ? state.secret : "form"}
        className="grid gap-3 sm:grid-cols-3"
        aria-label={t("create")}
      >
        <ErrorSummary fieldErrors={state.fieldErrors} className="col-span-full" />
        <TextField label={t("name")} hint={t("nameHint")} {...field("name")} required maxLength={100} />
        <fieldset className="flex flex-col gap-1 text-sm" aria-describedby={e.scopes?.length ? "token-scopes-error" : undefined}>
          <legend className="mb-1 font-medium text-slate-800">{t("scopes")}</legend>
          {SCOPES.map((s) => (
            <label key={s} className="flex items-center gap-2">
              <input type="checkbox" name="scopes" value={s} defaultChecked={s === "read"} />
              {t(`scope_${s}`)}
            </label>
          ))}
          {e.scopes?.length ? (
            <p id="token-scopes-error" className="text-sm text-red-700">
              {e.scopes.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <TextField label={t("expiresInDays")} type="number" min={1} max={maxDays} {...field("expiresInDays")} required />
        <FormActions className="sm:col-span-3" label={t("create")} pending={pending} state={state} />
      </form>
      {state.ok && state.secret ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3">
          <label htmlFor="token-secret" className="mb-1 block text-sm font-medium text-amber-950">
            {t("secretLabel")}
          </label>
          <input
            id="token-secret"
            readOnly
            value={state.secret}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-sm"
          />
        </div>
      ) : null}
    </div>
  );
}
