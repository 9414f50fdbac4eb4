"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export function LoginForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  const message = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.default"));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(result?.error ?? "default");
        return;
      }
      router.replace(safeCallback(callbackUrl));
      router.refresh();
    } catch {
      setError("default");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <TextField id="email" name="email" type="email" autoComplete="username" required label={t("email")} />
      <TextField id="password" name="password" type="password" autoComplete="current-password" required label={t("password")} />
      <div aria-live="assertive" role="alert" className="min-h-5 text-sm text-red-700">
        {error ? message(error) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
