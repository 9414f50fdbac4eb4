"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { approveDiagnosisAction, returnDiagnosisAction } from "@/lib/diagnosis/actions";
import { applySettled, scoreInputFor, type Answers } from "@/lib/diagnosis/answers";
import type { DiagnosisResult, Instrument, Stage } from "@/lib/diagnosis/engine";
// The engine's closed code lists only (no instruments, no zod): the engine itself loads lazily (use-engine.ts).
import { stageRank } from "@/lib/diagnosis/engine/codes";
import type { ActionState } from "@/lib/forms/action-state";
import { loadEngine } from "@/components/diagnosis/use-engine";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { ErrorSummary } from "@/components/forms/error-summary";

const CONTROL =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-emerald-600 focus:outline-none focus:ring-2 focus:ring-emerald-600/30";

type Decision = "approve" | "return";

function settledOf(formData: FormData): Record<string, number> {
  return Object.fromEntries(
    [...formData.entries()]
      .filter(([k, v]) => k.startsWith("settled.") && typeof v === "string" && v !== "")
      .map(([k, v]) => [k.slice("settled.".length), Number(v)]),
  );
}

/**
 * Approve, or return with a required overall comment: ONE form with two buttons, so
 * the per-indicator comments and settled levels (beside their indicators, joined
 * through form="review-form") go with either decision and are never dropped. It shows
 * the centre's current stage against the engine's result; approving a change of stage
 * asks for confirmation first (with the levels the reviewer settled); the dialog sets
 * `confirmStageChange`, without which the server refuses such an approval. Without
 * JavaScript the buttons post their actions directly and a checkbox gives the confirmation.
 */
export function ReviewDecision({
  diagnosisId,
  version,
  currentStage,
  instrument,
  result,
  answers,
}: {
  diagnosisId: string;
  version: number;
  currentStage: Stage | null;
  instrument: Instrument;
  /** The engine's result on the answers as submitted (the server's). */
  result: DiagnosisResult;
  answers: Answers;
}) {
  const t = useTranslations("diagnosis.review");
  const ts = useTranslations("stages");
  const [returnState, returnAction, returning] = useActionState<ActionState, FormData>(returnDiagnosisAction, {});
  const [approveState, approveAction, approving] = useActionState<ActionState, FormData>(approveDiagnosisAction, {});
  const [last, setLast] = useState<Decision | null>(null);
  const [confirming, setConfirming] = useState<{ formData: FormData; stage: Stage } | null>(null);
  // With the levels the reviewer settled: the engine, loaded on first use. Null when it
  // cannot be loaded (offline before the service worker cached it): the approval is then
  // sent without the question, and the server, which refuses an unconfirmed change of
  // stage (STAGE_CHANGE_UNCONFIRMED), answers with the message to show.
  const stageWith = async (settled: Record<string, number>): Promise<Stage | null> => {
    const engine = await loadEngine().catch(() => null);
    if (!engine) return null;
    const settledResult = engine.diagnose(instrument, scoreInputFor(instrument, applySettled(answers, settled)));
    return settledResult.status === "DIAGNOSED" ? settledResult.stage : null;
  };
  const resultStage = result.status === "DIAGNOSED" ? result.stage : null;
  const direction = (to: Stage) =>
    !currentStage || stageRank(to) === stageRank(currentStage)
      ? t("directionSame")
      : stageRank(to) > stageRank(currentStage)
        ? t("directionUp")
        : t("directionDown");

  function send(decision: Decision, formData: FormData) {
    setLast(decision);
    setConfirming(null);
    startTransition(() => (decision === "approve" ? approveAction : returnAction)(formData));
  }

  // Dispatched here rather than by the form itself: React would reset the form after the
  // action, wiping the comments typed beside the indicators when a return is refused.
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision: Decision = submitter?.value === "return" ? "return" : "approve";
    const formData = new FormData(e.currentTarget);
    if (decision === "approve") {
      const stage = await stageWith(settledOf(formData));
      if (currentStage && stage && stage !== currentStage) {
        setConfirming({ formData, stage });
        return;
      }
    }
    send(decision, formData);
  }

  // Without JavaScript `last` is never set: the state the server answered with is the one to show.
  const answered = (state: ActionState) => Boolean(state.formError || state.fieldErrors || state.ok);
  const shown =
    last === "return"
      ? returnState
      : last === "approve"
        ? approveState
        : answered(approveState)
          ? approveState
          : answered(returnState)
            ? returnState
            : undefined;
  const commentError = shown?.fieldErrors?.comment;
  const busy = approving || returning;
  return (
    <form noValidate id="review-form" action={approveAction} onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t("decide")}>
      <input type="hidden" name="diagnosisId" value={diagnosisId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary fieldErrors={shown?.fieldErrors} />
      {resultStage ? (
        <p className="text-base font-medium text-slate-900" data-testid="stage-change">
          {currentStage
            ? t("stageChange", { current: ts(currentStage), result: ts(resultStage), direction: direction(resultStage) })
            : t("stageFirst", { result: ts(resultStage) })}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="review-comment" className="text-sm font-medium">
          {t("comment")}
        </label>
        <textarea
          id="review-comment"
          name="comment"
          rows={3}
          className={CONTROL}
          maxLength={4000}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? "review-comment-error review-comments-kept" : "review-comments-kept"}
        />
        {commentError ? (
          <p id="review-comment-error" className="text-sm text-red-700">
            {commentError.join(" ")}
          </p>
        ) : null}
        <p id="review-comments-kept" className="text-xs text-slate-600">
          {t("commentsKept")}
        </p>
      </div>
      {currentStage ? (
        <noscript>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirmStageChange" value="1" className="mt-1 size-4" />
            <span>{t("confirmNoScript")}</span>
          </label>
        </noscript>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" disabled={busy}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="return" variant="secondary" formAction={returnAction} disabled={busy}>
          {t("return")}
        </Button>
      </div>
      <FormStatus state={shown} />
      <ConfirmDialog
        open={confirming !== null}
        title={t("confirmTitle")}
        confirmLabel={t("confirmApprove")}
        cancelLabel={t("cancel")}
        pending={busy}
        onConfirm={() => {
          if (!confirming) return;
          confirming.formData.set("confirmStageChange", "1");
          send("approve", confirming.formData);
        }}
        onCancel={() => setConfirming(null)}
      >
        {confirming && currentStage
          ? t("confirmBody", { current: ts(currentStage), result: ts(confirming.stage), direction: direction(confirming.stage) })
          : null}
      </ConfirmDialog>
    </form>
  );
}
