"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { discardDiagnosisAction } from "@/lib/diagnosis/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";

/**
 * Throws away a draft started by mistake, after a confirmation. Autosave stops first
 * (`prepare` waits for a save in flight and hands over the version the server has),
 * so the discard is checked against the version actually saved; a refusal (e.g.
 * someone else saved meanwhile) leaves the draft as it was and autosave running again.
 * On success the server sends the user to the centre's page.
 */
export function DiscardDraft({ diagnosisId, prepare, onRefused }: { diagnosisId: string; prepare(): Promise<number>; onRefused(): void }) {
  const t = useTranslations("diagnosis.form");
  const [open, setOpen] = useState(false);
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(async (prev, formData) => {
    const result = await discardDiagnosisAction(prev, formData);
    // Reached only when refused: a success redirects.
    onRefused();
    setOpen(false);
    return result;
  }, {});

  async function confirm() {
    const version = await prepare();
    const formData = new FormData();
    formData.set("diagnosisId", diagnosisId);
    formData.set("version", String(version));
    startTransition(() => dispatch(formData));
  }

  return (
    <div className="flex flex-wrap items-center justify-end gap-3 print:hidden">
      <FormStatus state={state} />
      <Button type="button" variant="danger-outline" onClick={() => setOpen(true)} disabled={pending}>
        {t("discard")}
      </Button>
      <ConfirmDialog
        open={open}
        title={t("discardTitle")}
        confirmLabel={pending ? t("discarding") : t("discardConfirm")}
        cancelLabel={t("discardCancel")}
        tone="danger"
        pending={pending}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        {t("discardBody")}
      </ConfirmDialog>
    </div>
  );
}
