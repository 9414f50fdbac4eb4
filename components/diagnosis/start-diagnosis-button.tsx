"use client";

import { useActionState } from "react";
import { startDiagnosisAction } from "@/lib/diagnosis/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function StartDiagnosisButton({
  clusterId,
  role,
  label,
  variant = "primary",
}: {
  clusterId: string;
  role: "PRIMARY" | "SECOND";
  label: string;
  variant?: "primary" | "secondary";
}) {
  const [state, action, pending] = useActionState<ActionState, FormData>(startDiagnosisAction, {});
  return (
    <form noValidate action={action} className="flex flex-col gap-1">
      <input type="hidden" name="clusterId" value={clusterId} />
      <input type="hidden" name="role" value={role} />
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
