"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";
import { revokeTokenAction } from "@/lib/tokens/actions";

export function RevokeTokenForm({ token }: { token: { id: string; name: string } }) {
  const t = useTranslations("api.tokens");
  const [state, action, pending] = useActionState<ActionState, FormData>(revokeTokenAction, {});
  return (
    <form noValidate action={action} className="flex items-center gap-2" aria-label={t("revokeLabel", { name: token.name })}>
      <input type="hidden" name="id" value={token.id} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("revoke")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
