"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { EnrolmentDetails } from "@/components/auth/enrolment-details";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { beginOwnEnrolmentAction, confirmOwnEnrolmentAction } from "@/lib/auth/actions";
import type { EnrolmentStart } from "@/lib/auth/mfa/enrolment";

/** Sets up the signed-in user's own second factor: password again, QR code, first code. */
export function OwnEnrolment() {
  const tm = useTranslations("mfa");
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<EnrolmentStart | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const message = (code: string) => (tm.has(`errors.${code}`) ? tm(`errors.${code}`) : tm("errors.default"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      if (!enrolment) {
        const result = await beginOwnEnrolmentAction({ password: String(data.get("password") ?? "") });
        if (result.ok) setEnrolment(result.enrolment);
        else setError(result.code);
      } else {
        const result = await confirmOwnEnrolmentAction({ code: String(data.get("code") ?? "") });
        if (result.ok) {
          setDone(true);
          router.refresh();
        } else if (result.code === "INVALID_CODE") setError(result.code);
        else {
          setEnrolment(null);
          setError(result.code);
        }
      }
    } catch {
      setError("default");
    } finally {
      setPending(false);
    }
  }

  if (done) {
    return (
      <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-900">
        {tm("accountDone")}
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate key={enrolment ? "code" : "password"}>
      {enrolment ? (
        <>
          <EnrolmentDetails enrolment={enrolment} />
          <TextField
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            autoFocus
            maxLength={32}
            label={tm("enrolCodeLabel")}
          />
        </>
      ) : (
        <TextField
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={tm("accountPasswordLabel")}
        />
      )}
      <div aria-live="assertive" role="alert" className="min-h-5 text-sm text-red-700">
        {error ? message(error) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? tm("enrolLoading") : enrolment ? tm("accountConfirm") : tm("enrolStart")}
      </Button>
    </form>
  );
}
