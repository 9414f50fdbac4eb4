"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { AuthAlert, AuthForm, CodeField, useAuthSubmit } from "@/components/auth/auth-form";
import { EnrolmentDetails } from "@/components/auth/enrolment-details";
import { TextField } from "@/components/ui/field";
import { beginEnrolmentAction } from "@/lib/auth/actions";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import type { EnrolmentStart } from "@/lib/auth/mfa/enrolment";

type Step = "password" | "code" | "enrol";

/**
 * Sign-in in up to two steps: the password, then the second factor (a code, or the
 * enrolment of an authenticator app at the first sign-in of an admin or manager).
 * The password stays in this component's memory between the steps and is sent again
 * with the code: next-auth's credentials provider checks both in one request
 * (lib/auth/login.ts), so there is no half-signed-in state on the server.
 */
export function LoginForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const t = useTranslations("auth");
  const tm = useTranslations("mfa");
  const router = useRouter();
  const [step, setStep] = useState<Step>("password");
  const [enrolment, setEnrolment] = useState<EnrolmentStart | null>(null);
  const credentials = useRef<{ email: string; password: string }>({ email: "", password: "" });
  const { error, setError, pending, ready, handleSubmit } = useAuthSubmit(initialError);

  // The code step's own messages first; the password step's otherwise.
  const message = (code: string) => {
    const own = step === "password" ? [t, tm] : [tm, t];
    const found = own.find((ns) => ns.has(`errors.${code}`));
    return found ? found(`errors.${code}`) : t("errors.default");
  };

  function restart(code?: string) {
    credentials.current = { email: "", password: "" };
    setEnrolment(null);
    setStep("password");
    setError(code);
  }

  async function startEnrolment() {
    const result = await beginEnrolmentAction(credentials.current);
    if (!result.ok) return restart(result.code);
    setEnrolment(result.enrolment);
    setStep("enrol");
  }

  async function submit(code?: string) {
    const result = await signIn("credentials", { ...credentials.current, ...(code ? { code } : {}), redirect: false });
    if (result && !result.error) {
      credentials.current = { email: "", password: "" };
      router.replace(safeCallbackPath(callbackUrl, window.location.origin) ?? "/");
      router.refresh();
      return;
    }
    const failure = result?.error ?? "default";
    if (failure === "MFA_REQUIRED") setStep("code");
    else if (failure === "MFA_ENROL") await startEnrolment();
    else if (failure === "INVALID_CODE") setError(failure);
    else restart(failure); // locked, disabled, wrong password: start again
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    return handleSubmit(event, async (data) => {
      if (step === "password") {
        credentials.current = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
        await submit();
      } else {
        await submit(String(data.get("code") ?? ""));
      }
    });
  }

  const alert = <AuthAlert message={error ? message(error) : null} />;

  if (step === "password") {
    return (
      <AuthForm onSubmit={onSubmit} className="flex flex-col gap-4">
        <TextField id="email" name="email" type="email" autoComplete="username" required label={t("email")} />
        <TextField id="password" name="password" type="password" autoComplete="current-password" required label={t("password")} />
        {alert}
        <Button type="submit" disabled={!ready}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </AuthForm>
    );
  }

  return (
    <AuthForm onSubmit={onSubmit} className="flex flex-col gap-4" key={step}>
      <h2 className="text-lg font-semibold">{step === "enrol" ? tm("enrolTitle") : tm("codeTitle")}</h2>
      {step === "enrol" && enrolment ? (
        <EnrolmentDetails enrolment={enrolment} />
      ) : (
        <p className="text-sm text-slate-700">{tm("codeHelp")}</p>
      )}
      <CodeField numeric={step === "enrol"} label={step === "enrol" ? tm("enrolCodeLabel") : tm("codeLabel")} />
      {alert}
      <Button type="submit" disabled={!ready}>
        {pending ? t("submitting") : step === "enrol" ? tm("enrolSubmit") : tm("codeSubmit")}
      </Button>
      <button type="button" className="text-sm text-emerald-800 underline" onClick={() => restart()}>
        {tm("back")}
      </button>
    </AuthForm>
  );
}
