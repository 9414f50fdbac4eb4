"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** useActionState plus what every form re-renders with: the typed values after an error, and the field errors. */
export function useSupportForm(action: Action) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  // A new key after a success clears the form's uncontrolled inputs.
  const formKey = state.ok ? `ok-${state.message}` : "form";
  /** A field's name, what the user typed before an error (else `initial`), and its errors. */
  const field = (name: string, initial?: string | number) => ({ name, defaultValue: values[name] ?? initial, errors: errors[name] });
  return { state, formAction, pending, values, errors, formKey, field };
}
