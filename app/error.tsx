"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type Health = "checking" | "down" | "up";

/**
 * Any page that fails lands here, without a stack trace. When the database is what
 * failed (/api/health answers 503), it says so and polls until the database is back,
 * then renders the page again: no reload of the app needed.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("unavailable");
  const [health, setHealth] = useState<Health>("checking");
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const ok = await fetch("/api/health", { cache: "no-store" })
        .then((r) => r.ok)
        .catch(() => false);
      if (cancelled) return;
      if (ok && health === "down") {
        // The database is back: render the page again (window.location keeps it simple and complete).
        window.location.reload();
        return;
      }
      setHealth(ok ? "up" : "down");
      if (!ok) timer = setTimeout(() => void check(), 3_000);
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [health]);

  const down = health === "down";
  return (
    <main className="mx-auto max-w-xl px-4 py-16" role={down ? "alert" : undefined}>
      <h1 className="text-2xl font-semibold text-slate-900">{down ? t("title") : t("errorTitle")}</h1>
      {down ? (
        <>
          <p className="mt-3 text-slate-700">{t("body")}</p>
          <p className="mt-2 text-sm text-slate-600" aria-live="polite">
            {t("checking")}
          </p>
        </>
      ) : (
        <p className="mt-3 text-slate-700">
          {t("errorBody")} <code className="rounded bg-slate-100 px-1">{error.digest ?? "—"}</code>
        </p>
      )}
      <Button type="button" className="mt-6" onClick={() => reset()}>
        {t("retry")}
      </Button>
    </main>
  );
}
