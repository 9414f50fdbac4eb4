"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * THE archive button of a record (cluster, SME): asks for confirmation, posts id and
 * version (optimistic concurrency) to the domain's archive action, shows its result.
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
  confirm: string;
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(archiveAction, {});
  return (
    <form
      noValidate
      action={action}
      className="flex items-center gap-4"
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger" disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
