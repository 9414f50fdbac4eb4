"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { approveDiagnosisAction, returnDiagnosisAction } from "@/lib/diagnosis/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

const CONTROL =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-600/30";

/**
 * Approve, or return with a required overall comment. Per-indicator comments and
 * settled levels live next to their indicators and join these forms through the
 * HTML `form` attribute (form="return-form" / form="approve-form").
 */
export function ReviewDecision({ diagnosisId, version }: { diagnosisId: string; version: number }) {
  const t = useTranslations("diagnosis.review");
  const [returnState, returnAction, returning] = useActionState<ActionState, FormData>(returnDiagnosisAction, {});
  const [approveState, approveAction, approving] = useActionState<ActionState, FormData>(approveDiagnosisAction, {});
  const commentError = returnState.fieldErrors?.comment;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form id="approve-form" action={approveAction} className="flex flex-col gap-2" aria-label={t("approve")}>
        <input type="hidden" name="diagnosisId" value={diagnosisId} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor="approve-comment" className="text-sm font-medium">
          {t("approveComment")}
        </label>
        <textarea id="approve-comment" name="comment" rows={3} className={CONTROL} maxLength={4000} />
        <div>
          <Button type="submit" disabled={approving || returning}>
            {t("approve")}
          </Button>
        </div>
        <FormStatus state={approveState} />
      </form>
      <form id="return-form" action={returnAction} className="flex flex-col gap-2" aria-label={t("return")}>
        <input type="hidden" name="diagnosisId" value={diagnosisId} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor="return-comment" className="text-sm font-medium">
          {t("comment")}
        </label>
        <textarea
          id="return-comment"
          name="comment"
          rows={3}
          className={CONTROL}
          maxLength={4000}
          defaultValue={returnState.values?.comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? "return-comment-error" : undefined}
        />
        {commentError ? (
          <p id="return-comment-error" className="text-sm text-red-700">
            {commentError.join(" ")}
          </p>
        ) : null}
        <div>
          <Button type="submit" variant="secondary" disabled={approving || returning}>
            {t("return")}
          </Button>
        </div>
        <FormStatus state={returnState} />
      </form>
    </div>
  );
}
