"use client";

import { useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { TextField } from "@/components/ui/field";

const neverChanges = () => () => {};

/**
 * The submit of a sign-in or enrolment form, which runs in the browser (next-auth's
 * `signIn`, or several actions in turn). The form's `onSubmit` hands its event and
 * `run` to `handleSubmit`: pending while `run` works on the form's data, the last
 * error cleared first, and anything it throws shown as the "default" error.
 *
 * `ready` is false in the server's HTML and until React has attached `onSubmit` (false on
 * the server snapshot, true on the client's), and while a submit is pending: the submit
 * button is disabled until then, so a quick tap on a slow tablet is not a browser's own
 * submit of the password to the page (see `AuthForm`).
 */
export function useAuthSubmit(initialError?: string) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);
  const hydrated = useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
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
  return { error, setError, pending, ready: hydrated && !pending, handleSubmit };
}

/**
 * The form of a sign-in or enrolment step. Its submit runs in the browser (`useAuthSubmit`);
 * `method="post"` is for the browser's own submit, should one happen anyway (JavaScript off,
 * or Enter before the page is interactive): the password then goes in the request body to
 * the page, which only shows the form again, and never into the address bar, the history
 * or a proxy's log, as a form's default GET would put it.
 */
export function AuthForm({
  onSubmit,
  className,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  className: string;
  children: ReactNode;
}) {
  return (
    <form method="post" onSubmit={onSubmit} className={className} noValidate>
      {children}
    </form>
  );
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
