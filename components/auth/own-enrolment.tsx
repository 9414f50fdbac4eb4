"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AuthAlert, AuthForm, CodeField, useAuthSubmit } from "@/components/auth/auth-form";
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
  const [done, setDone] = useState(false);
  const { error, setError, pending, ready, handleSubmit } = useAuthSubmit();
  const message = (code: string) => (tm.has(`errors.${code}`) ? tm(`errors.${code}`) : tm("errors.default"));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    return handleSubmit(event, async (data) => {
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
    });
  }

  if (done) {
    return (
      <p role="status" className="rounded bg-emerald-50 p-2 text-sm text-emerald-900">
        {tm("accountDone")}
      </p>
    );
  }
  return (
    <AuthForm onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" key={enrolment ? "code" : "password"}>
      {enrolment ? (
        <>
          <EnrolmentDetails enrolment={enrolment} />
          <CodeField numeric label={tm("enrolCodeLabel")} />
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
      <AuthAlert message={error ? message(error) : null} />
      <Button type="submit" disabled={!ready}>
        {pending ? tm("enrolLoading") : enrolment ? tm("accountConfirm") : tm("enrolStart")}
      </Button>
    </AuthForm>
  );
}
