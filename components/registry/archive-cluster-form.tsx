"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { archiveClusterAction } from "@/lib/clusters/actions";
import type { ActionState } from "@/lib/forms/action-state";

export function ArchiveClusterForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("registry");
  const [state, action, pending] = useActionState<ActionState, FormData>(archiveClusterAction, {});
  return (
    <form
      action={action}
      className="flex items-center gap-4"
      onSubmit={(e) => {
        if (!window.confirm(t("archiveConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger" disabled={pending}>{t("archive")}</Button>
      <FormStatus state={state} />
    </form>
  );
}
