"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * THE archive button of a record (cluster, SME): asks first in a `ConfirmDialog`, then
 * posts id and version (optimistic concurrency) to the domain's archive action and shows
 * its result. Without script the form posts at once, as any form does.
 */
export function ArchiveForm({
  id,
  version,
  action: archiveAction,
  label,
  confirm,
}: {
  id: string;
  version: number | string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  /** The dialog's question and what archiving does; its buttons are "Ya, arsipkan" and "Batal". */
  confirm: { title: string; body: string };
}) {
  const t = useTranslations("common");
  const [state, action, pending] = useActionState<ActionState, FormData>(archiveAction, {});
  const [open, setOpen] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={form}
      noValidate
      action={action}
      className="flex items-center gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setOpen(true);
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger-outline" disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
      <ConfirmDialog
        open={open}
        title={confirm.title}
        confirmLabel={t("archiveYes")}
        cancelLabel={t("cancel")}
        tone="danger"
        pending={pending}
        onConfirm={() => {
          const formData = new FormData(form.current ?? undefined);
          setOpen(false);
          startTransition(() => action(formData));
        }}
        onCancel={() => setOpen(false)}
      >
        {confirm.body}
      </ConfirmDialog>
    </form>
  );
}
