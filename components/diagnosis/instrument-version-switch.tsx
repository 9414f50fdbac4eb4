"use client";
import { useActionState, useEffect } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/forms/action-state";
import { switchInstrumentAction } from "@/lib/diagnosis/switch-instrument-action";

/**
 * Offers an older draft the current instrument version. The page reloads after a
 * switch so the form starts from the new version and its row version.
 */
export function InstrumentVersionSwitch({
  diagnosisId,
  version,
  from,
  current,
}: {
  diagnosisId: string;
  version: number;
  from: string;
  current: string;
}) {
  const t = useTranslations("method");
  const [state, action, pending] = useActionState<ActionState, FormData>(switchInstrumentAction, {});
  useEffect(() => {
    if (state.ok) window.location.reload();
  }, [state.ok]);
  return (
    <form noValidate action={action} className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950" data-testid="instrument-switch">
      <input type="hidden" name="diagnosisId" value={diagnosisId} />
      <input type="hidden" name="version" value={version} />
      <p>{t("versionOld", { version: from, current })}</p>
      <p className="mt-1 text-amber-900">{t("versionSwitchNote")}</p>
      <button
        type="submit"
        disabled={pending}
        className="mt-2 rounded-md bg-amber-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
      >
        {t("versionSwitch", { current })}
      </button>
      {state.formError ? (
        <p role="alert" className="mt-2 text-red-800">
          {t("versionSwitchFailed")} {state.formError}
        </p>
      ) : null}
      {state.ok ? <p role="status">{state.message}</p> : null}
    </form>
  );
}
