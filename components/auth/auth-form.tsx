"use client";

import { useState, type FormEvent } from "react";
import { TextField } from "@/components/ui/field";

/**
 * The submit of a sign-in or enrolment form, which runs in the browser (next-auth's
 * `signIn`, or several actions in turn). The form's `onSubmit` hands its event and
 * `run` to `handleSubmit`: pending while `run` works on the form's data, the last
 * error cleared first, and anything it throws shown as the "default" error.
 */
export function useAuthSubmit(initialError?: string) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);
  async function handleSubmit(event: FormEvent<HTMLFormElement>, run: (data: FormData) => Promise<void>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      await run(data);
    } catch {
      setError("default");
    } finally {
      setPending(false);
    }
  }
  return { error, setError, pending, handleSubmit };
}

/** The one-time code of an authenticator app; `numeric` while enrolling (a fresh app shows digits only). */
export function CodeField({ label, numeric }: { label: string; numeric: boolean }) {
  return (
    <TextField
      id="code"
      name="code"
      type="text"
      inputMode={numeric ? "numeric" : "text"}
      autoComplete="one-time-code"
      required
      autoFocus
      maxLength={32}
      label={label}
    />
  );
}

/** Where an auth form's error is announced; it keeps its height when empty so the button does not jump. */
export function AuthAlert({ message }: { message: string | null }) {
  return (
    <div aria-live="assertive" role="alert" className="min-h-5 text-sm text-red-700">
      {message}
    </div>
  );
}
